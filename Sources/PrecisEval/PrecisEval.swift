/// Quality measures for Precis's output: ROUGE for summaries (and, later, chrF and term
/// accuracy for translations), computed exactly as the reference Python scorers do.
public enum PrecisEval {}
