package test;

public enum Status {
  ACTIVE,
  RETIRED
}
