package app.breakeven.scenarios;

/** One thing wrong with an input: the field it concerns and what is wrong, in plain words. */
public record InputProblem(String field, String message) {}
