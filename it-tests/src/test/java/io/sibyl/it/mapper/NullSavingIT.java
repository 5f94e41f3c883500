package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.mapper.model.OverwritingProductRepository;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Null saving against a real node: by default a null property leaves the stored value alone (the
 * column is unset); {@code SET_TO_NULL}, chosen on the method, the repository or the mapper, erases
 * it, and the most specific choice wins.
 */
class NullSavingIT extends MapperITBase {

  private static ProductRepository products;
  private static OverwritingProductRepository overwriting;
  private static ProductRepository underNullSettingMapper;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = createSchemaAndMapper(ProductTable.INSTANCE);
    products = mapper.repository(ProductRepository.class);
    overwriting = mapper.repository(OverwritingProductRepository.class);
    underNullSettingMapper =
        Mapper.builder(session)
            .nullSaving(NullSavingStrategy.SET_TO_NULL)
            .build()
            .repository(ProductRepository.class);
  }

  @Test
  void should_leave_stored_values_alone_by_default() {
    products.save(InsertIT.product("null-default"));

    products.save(withoutNameAndTags("null-default"));
    products.update(withoutNameAndTags("null-default"));

    assertNameAndTagsKept("null-default");
  }

  @Test
  void should_erase_stored_values_when_the_method_sets_nulls() {
    products.save(InsertIT.product("null-insert"));
    products.save(InsertIT.product("null-update"));

    products.overwrite(withoutNameAndTags("null-insert"));
    products.updateSettingNulls(withoutNameAndTags("null-update"));

    assertNameAndTagsErased("null-insert");
    assertNameAndTagsErased("null-update");
  }

  @Test
  void should_erase_stored_values_when_the_repository_sets_nulls_unless_the_method_says_not() {
    products.save(InsertIT.product("null-repo"));
    products.save(InsertIT.product("null-repo-update"));
    products.save(InsertIT.product("null-repo-kept"));

    overwriting.save(withoutNameAndTags("null-repo"));
    overwriting.update(withoutNameAndTags("null-repo-update"));
    overwriting.saveKeepingNulls(withoutNameAndTags("null-repo-kept"));

    assertNameAndTagsErased("null-repo");
    assertNameAndTagsErased("null-repo-update");
    assertNameAndTagsKept("null-repo-kept");
  }

  @Test
  void should_erase_stored_values_when_the_mapper_sets_nulls_unless_the_method_says_not() {
    products.save(InsertIT.product("null-mapper"));
    products.save(InsertIT.product("null-mapper-kept"));

    underNullSettingMapper.save(withoutNameAndTags("null-mapper"));
    underNullSettingMapper.saveKeepingNulls(withoutNameAndTags("null-mapper-kept"));

    assertNameAndTagsErased("null-mapper");
    assertNameAndTagsKept("null-mapper-kept");
  }

  private static Product withoutNameAndTags(String sku) {
    Product product = InsertIT.product(sku);
    product.setName(null);
    product.setTags(null);
    return product;
  }

  private static void assertNameAndTagsKept(String sku) {
    Product read = products.get(sku);
    assertThat(read.getName()).isEqualTo("Widget " + sku);
    assertThat(read.getTags()).containsExactlyInAnyOrder("blue", "small");
    assertThat(read.getStock()).isEqualTo(7);
  }

  private static void assertNameAndTagsErased(String sku) {
    Product read = products.get(sku);
    assertThat(read.getName()).isNull();
    assertThat(read.getTags()).as("a null collection reads as an empty one").isEmpty();
    assertThat(read.getStock()).isEqualTo(7);
  }
}
