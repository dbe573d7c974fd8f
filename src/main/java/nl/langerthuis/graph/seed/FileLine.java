package nl.langerthuis.graph.seed;

/** A place in a seed file, written {@code file:line} at the start of every problem found there. */
record FileLine(String file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
