package org.entente.report.job;

/** The analysis failed on one article; the step skips it and lists it as rejected. */
public class ArticleAnalysisException extends RuntimeException {

    public ArticleAnalysisException(String articleId, Throwable cause) {
        super("the analysis failed on article " + articleId + ": " + cause, cause);
    }

    protected ArticleAnalysisException(String articleId, String why) {
        super("the analysis of article " + articleId + " stopped: " + why);
    }
}
