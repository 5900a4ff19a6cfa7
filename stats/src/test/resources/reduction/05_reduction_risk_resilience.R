# Data reduction (PCA / ML-EFA / parallel analysis), cumulative-risk index and residual resilience.
# Base R only.
# Run in this folder: Rscript 05_reduction_risk_resilience.R > 05_reduction_risk_resilience.out 2>&1
out <- "."
X <- read.csv("HolzingerSwineford1939.csv")[, paste0("x", 1:9)]
n <- nrow(X); p <- ncol(X)

cat("== PCA on the correlation matrix (prcomp(scale.=TRUE)) ==\n")
R <- cor(X)
ev <- eigen(R, symmetric = TRUE)$values
print(round(ev, 4))
pc <- prcomp(X, scale. = TRUE)
cat("proportion of variance, PC1..PC3:", round(pc$sdev[1:3]^2 / p, 4), "\n")
cat("PC1 loadings (eigenvector * sqrt(eigenvalue); sign is arbitrary):\n")
print(round(pc$rotation[, 1] * pc$sdev[1], 4))

cat("\n== Horn parallel analysis: 100 normal data sets n=301 p=9, set.seed(123) ==\n")
set.seed(123)
sim <- replicate(100, eigen(cor(matrix(rnorm(n * p), n, p)), symmetric = TRUE, only.values = TRUE)$values)
pa <- data.frame(observed = round(ev, 4), sim_mean = round(rowMeans(sim), 4),
                 sim_q95 = round(apply(sim, 1, quantile, 0.95), 4))
print(pa)
cat("components retained (observed > mean):", sum(cumprod(ev > rowMeans(sim))),
    " (observed > 95th pct):", sum(cumprod(ev > apply(sim, 1, quantile, 0.95))),
    " Kaiser (eigenvalue > 1):", sum(ev > 1), "\n")

cat("\n== ML exploratory factor analysis, 3 factors: factanal(X, 3) (varimax default) ==\n")
fa3 <- factanal(X, factors = 3, rotation = "varimax")
print(round(unclass(fa3$loadings), 3))
cat("uniquenesses:\n"); print(round(fa3$uniquenesses, 3))
cat(sprintf("chi-square = %.3f, df = %d, p = %.6f\n", fa3$STATISTIC, fa3$dof, fa3$PVAL))
fa3p <- factanal(X, factors = 3, rotation = "promax")
cat("promax loadings:\n"); print(round(unclass(fa3p$loadings), 3))

## ----------------------------------------------------------------------------
cat("\n== Cumulative risk / protection indices and residual resilience (simulated, set.seed(99), n=2000) ==\n")
set.seed(99)
N <- 2000
fam <- data.frame(
  father_incarcerated = rbinom(N, 1, 0.25),
  mother_depression   = rnorm(N),           # continuous CES-D-like z score
  income_to_poverty   = rlnorm(N, 0.5, 0.7),
  mother_educ_years   = round(rnorm(N, 12, 2)),
  harsh_parenting     = rnorm(N),
  moves_since_birth   = rpois(N, 1),
  warmth              = rnorm(N),
  grandparent_support = rbinom(N, 1, 0.4))
# dichotomise each risk (1 = risk present) with conventional / a-priori cut-offs
risk <- with(fam, cbind(
  father_incarcerated = father_incarcerated,
  mother_depression   = as.integer(mother_depression > qnorm(0.80)),   # top 20% ~ clinical cut-off
  poverty             = as.integer(income_to_poverty < 1),             # below 100% FPL
  low_maternal_educ   = as.integer(mother_educ_years < 12),            # < high school
  harsh_parenting     = as.integer(harsh_parenting > quantile(harsh_parenting, 0.75)),  # top quartile
  residential_instab  = as.integer(moves_since_birth >= 2)))
fam$cum_risk <- rowSums(risk)
prot <- with(fam, cbind(warm = as.integer(warmth > quantile(warmth, 0.75)), gp = grandparent_support))
fam$cum_protect <- rowSums(prot)
# child antisocial behaviour (higher = worse)
fam$antisocial <- 0.35 * fam$cum_risk - 0.30 * fam$cum_protect + rnorm(N)
cat("risk prevalences:\n"); print(round(colMeans(risk), 3))
cat("cumulative risk distribution:\n"); print(table(fam$cum_risk))
m <- lm(antisocial ~ cum_risk, data = fam)
cat(sprintf("lm(antisocial ~ cum_risk): intercept=%.4f slope=%.4f (SE %.4f), R2=%.4f\n",
            coef(m)[1], coef(m)[2], summary(m)$coef[2, 2], summary(m)$r.squared))
# residual approach: for a PROBLEM outcome, resilience = lower than predicted -> use the negative residual
fam$resilience_score <- -residuals(m)
fam$resilient <- as.integer(fam$cum_risk >= 3 & fam$resilience_score > 0)
cat("n with cum_risk >= 3:", sum(fam$cum_risk >= 3), " of whom resilient (better than predicted):",
    sum(fam$resilient), "\n")
cat(sprintf("mean cum_protect: resilient=%.3f  not resilient (cum_risk>=3)=%.3f\n",
            mean(fam$cum_protect[fam$resilient == 1]),
            mean(fam$cum_protect[fam$cum_risk >= 3 & fam$resilient == 0])))
# quantile regression-free alternative: standardised residual
fam$resilience_z <- as.numeric(scale(fam$resilience_score))
write.csv(cbind(fam, setNames(as.data.frame(risk), paste0("r_", colnames(risk)))), file.path(out, "cumrisk_resilience_seed99.csv"), row.names = FALSE)
