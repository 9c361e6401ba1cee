package org.entente.report.job;

import java.time.Duration;

/** The analysis of one article ran past its time budget; the step skips it and lists it as rejected. */
public class ArticleOverBudgetException extends ArticleAnalysisException {

    private final Duration budget;

    public ArticleOverBudgetException(String articleId, Duration budget) {
        super(articleId, "its analysis ran past the budget of " + budget.toSeconds() + " s per article");
        this.budget = budget;
    }

    /** The reason articles.csv gives. */
    public String reason() {
        return "its analysis ran past the budget of " + budget.toSeconds() + " s per article and was stopped;"
            + " the run went on without it (raise --entente.article-budget-seconds to allow more)";
    }
}
