package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.processor.ProcessorOptions;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What parsers share: javac's utilities, the options, and the catalog of entities parsed so far.
 */
public final class ProcessorContext {

  private final ProcessingEnvironment env;
  private final ProcessorOptions options;
  private final EntityCatalog catalog;

  /** A context over javac's environment. */
  public ProcessorContext(ProcessingEnvironment env, ProcessorOptions options) {
    this.env = env;
    this.options = options;
    this.catalog = new EntityCatalog(this);
  }

  /** javac's type utilities. */
  public Types types() {
    return env.getTypeUtils();
  }

  /** javac's element utilities. */
  public Elements elements() {
    return env.getElementUtils();
  }

  /** The processor options. */
  public ProcessorOptions options() {
    return options;
  }

  /** The entities parsed in this compilation. */
  public EntityCatalog catalog() {
    return catalog;
  }
}
