package io.sibyl.mapper.observe;

/** {@link RepositoryObserver#NONE}. */
enum NoRepositoryObserver implements RepositoryObserver {
  INSTANCE;

  @Override
  public Object start(String repository, String method) {
    return null;
  }

  @Override
  public void stop(Object context, Throwable error) {}

  @Override
  public String toString() {
    return "RepositoryObserver.NONE";
  }
}
