# Further references for the data-reduction, reliability and omega tests.
# Base R, lavaan, psych and GPArotation (Debian: r-base-core r-cran-lavaan r-cran-psych r-cran-gparotation).
# Run in this folder: Rscript reduction_references.R > reduction_references.out 2>&1
# Writes reduction_references.csv: case, quantity, row, column, value (row/column empty when not a matrix).
suppressPackageStartupMessages({ library(lavaan); library(psych); library(GPArotation) })
hs <- read.csv("HolzingerSwineford1939.csv")
X <- hs[, paste0("x", 1:9)]
rows <- list()
put <- function(case, quantity, value, row = "", column = "") {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity, row = row, column = column,
                                          value = sprintf("%.10g", value))
}
putMatrix <- function(case, quantity, M) {
  for (i in seq_len(nrow(M))) for (j in seq_len(ncol(M)))
    put(case, quantity, M[i, j], rownames(M)[i], colnames(M)[j])
}
putVector <- function(case, quantity, v) for (i in seq_along(v)) put(case, quantity, v[i], names(v)[i])
# factanal's printing order: columns by decreasing sum of squares, each column's sum made positive
normalise <- function(L, Phi = NULL) {
  L <- unclass(L)
  o <- order(-colSums(L^2))
  L <- L[, o, drop = FALSE]
  s <- ifelse(colSums(L) < 0, -1, 1)
  L <- sweep(L, 2, s, "*")
  colnames(L) <- paste0("Factor", seq_len(ncol(L)))
  if (!is.null(Phi)) {
    Phi <- diag(s, length(s)) %*% Phi[o, o] %*% diag(s, length(s))
    dimnames(Phi) <- list(colnames(L), colnames(L))
  }
  list(L = L, Phi = Phi)
}

## PCA on the correlation matrix, all components
e <- eigen(cor(X), symmetric = TRUE)
putVector("pca_hs", "eigenvalue", setNames(e$values, paste0("PC", 1:9)))
Lp <- e$vectors %*% diag(sqrt(e$values))
Lp <- sweep(Lp, 2, ifelse(colSums(Lp) < 0, -1, 1), "*")
dimnames(Lp) <- list(colnames(X), paste0("PC", 1:9))
putMatrix("pca_hs", "loading", Lp)
cat("PCA eigenvalues:", round(e$values, 4), "\n")

## ML factor analysis with each rotation (factanal); oblimin by GPArotation on factanal's unrotated loadings
for (k in 1:3) for (rot in c("none", "varimax", "promax")) {
  if (k == 1 && rot != "none") next
  f <- factanal(X, factors = k, rotation = rot)
  case <- paste0("ml", k, "_", rot)
  Phi <- NULL
  if (rot == "promax") {
    # factanal's rotmat belongs to the rotated loadings before it sorts them, so rotate the unrotated ones here
    pr <- promax(unclass(factanal(X, factors = k, rotation = "none")$loadings))
    tm <- solve(pr$rotmat); Phi <- tm %*% t(tm)
    nl <- normalise(pr$loadings, Phi)
    stopifnot(max(abs(nl$L - unclass(f$loadings))) < 1e-12)
  } else nl <- normalise(f$loadings)
  putMatrix(case, "loading", nl$L)
  if (!is.null(nl$Phi)) putMatrix(case, "phi", nl$Phi)
  putVector(case, "uniqueness", f$uniquenesses)
  put(case, "chisq", f$STATISTIC); put(case, "df", f$dof); put(case, "pvalue", f$PVAL)
  cat(case, "chisq", f$STATISTIC, "df", f$dof, "p", f$PVAL, "\n")
}
# four factors (df = 6): a harder optimisation
f4 <- factanal(X, factors = 4, rotation = "none")
putMatrix("ml4_none", "loading", normalise(f4$loadings)$L)
putVector("ml4_none", "uniqueness", f4$uniquenesses)
put("ml4_none", "chisq", f4$STATISTIC); put("ml4_none", "df", f4$dof); put("ml4_none", "pvalue", f4$PVAL)
cat("ml4_none chisq", f4$STATISTIC, "df", f4$dof, "p", f4$PVAL, "\n")
f4v <- factanal(X, factors = 4, rotation = "varimax")
putMatrix("ml4_varimax", "loading", normalise(f4v$loadings)$L)
putVector("ml4_varimax", "uniqueness", f4v$uniquenesses)
put("ml4_varimax", "chisq", f4v$STATISTIC); put("ml4_varimax", "df", f4v$dof); put("ml4_varimax", "pvalue", f4v$PVAL)
f0 <- factanal(X, factors = 3, rotation = "none")
ob <- GPArotation::oblimin(unclass(f0$loadings))
nl <- normalise(ob$loadings, ob$Phi)
putMatrix("ml3_oblimin", "loading", nl$L); putMatrix("ml3_oblimin", "phi", nl$Phi)
putVector("ml3_oblimin", "uniqueness", f0$uniquenesses)
put("ml3_oblimin", "chisq", f0$STATISTIC); put("ml3_oblimin", "df", f0$dof); put("ml3_oblimin", "pvalue", f0$PVAL)
print(round(nl$L, 3)); print(round(nl$Phi, 3))

## minres (psych::fa), unrotated and varimax
for (rot in c("none", "varimax", "oblimin", "promax")) {
  # psych's own "promax" Kaiser-normalises the rows first, unlike stats::promax, so promax is stats::promax here
  fm <- psych::fa(cor(X), nfactors = 3, n.obs = nrow(X), fm = "minres", rotate = if (rot == "promax") "none" else rot)
  if (rot == "promax") {
    pr <- promax(unclass(fm$loadings))
    tm <- solve(pr$rotmat)
    fm$loadings <- pr$loadings; fm$Phi <- tm %*% t(tm)
  }
  case <- paste0("minres3_", rot)
  if (rot %in% c("oblimin", "promax")) {
    nl <- normalise(fm$loadings, fm$Phi)
    putMatrix(case, "phi", nl$Phi)
  } else nl <- normalise(fm$loadings)
  putMatrix(case, "loading", nl$L)
  put(case, "chisq", fm$STATISTIC); put(case, "df", fm$dof); put(case, "pvalue", fm$PVAL)
  putVector(case, "uniqueness", fm$uniquenesses)
  cat(case, "\n"); print(round(normalise(fm$loadings)$L, 3))
}

## Horn's parallel analysis with many draws, so that its Monte Carlo error is small
set.seed(2024)
sim <- replicate(4000, eigen(cor(matrix(rnorm(301 * 9), 301, 9)), symmetric = TRUE, only.values = TRUE)$values)
putVector("parallel_n301_p9", "mean", setNames(rowMeans(sim), 1:9))
putVector("parallel_n301_p9", "q95", setNames(apply(sim, 1, quantile, 0.95), 1:9))
# factor version: eigenvalues of the correlation matrix with squared multiple correlations on the diagonal
reduced <- function(R) { diag(R) <- 1 - 1 / diag(solve(R)); eigen(R, symmetric = TRUE, only.values = TRUE)$values }
simf <- replicate(4000, reduced(cor(matrix(rnorm(301 * 9), 301, 9))))
putVector("parallel_factors_n301_p9", "observed", setNames(reduced(cor(X)), 1:9))
putVector("parallel_factors_n301_p9", "mean", setNames(rowMeans(simf), 1:9))
putVector("parallel_factors_n301_p9", "q95", setNames(apply(simf, 1, quantile, 0.95), 1:9))
cat("factor parallel: observed", round(reduced(cor(X)), 3), "\n q95", round(apply(simf, 1, quantile, 0.95), 3), "\n")

## Cronbach's alpha by hand, and McDonald's omega from lavaan's one-factor CFA (std.lv = TRUE)
alphaOf <- function(D) { k <- ncol(D); C <- cov(D); k / (k - 1) * (1 - sum(diag(C)) / sum(C)) }
stdAlphaOf <- function(D) { k <- ncol(D); R <- cor(D); rbar <- (sum(R) - k) / (k * (k - 1)); k * rbar / (1 + (k - 1) * rbar) }
reliabilityCase <- function(case, D) {
  D <- D[complete.cases(D), ]
  put(case, "n", nrow(D))
  put(case, "alpha", alphaOf(D)); put(case, "std_alpha", stdAlphaOf(D))
  for (it in colnames(D)) {
    rest <- D[, setdiff(colnames(D), it), drop = FALSE]
    put(case, "alpha_if_deleted", alphaOf(rest), it)
    put(case, "item_rest_r", cor(D[, it], rowSums(rest)), it)
  }
  model <- paste("f =~", paste(colnames(D), collapse = " + "))
  fit <- cfa(model, data = D, std.lv = TRUE)
  pe <- parameterEstimates(fit)
  lam <- pe$est[pe$op == "=~"]; psi <- pe$est[pe$op == "~~" & pe$lhs == pe$rhs & pe$lhs != "f"]
  put(case, "omega", sum(lam)^2 / (sum(lam)^2 + sum(psi)))
  cat(case, "n", nrow(D), "alpha", alphaOf(D), "std", stdAlphaOf(D), "omega", sum(lam)^2 / (sum(lam)^2 + sum(psi)), "\n")
  pa <- psych::alpha(D, warnings = FALSE)
  stopifnot(abs(pa$total$raw_alpha - alphaOf(D)) < 1e-8, abs(pa$total$std.alpha - stdAlphaOf(D)) < 1e-8)
}
reliabilityCase("alpha_visual", X[, 1:3])
reliabilityCase("alpha_speed", X[, 7:9])
reliabilityCase("alpha_all9", X)
hm <- read.csv("HS_missing_seed42.csv")
reliabilityCase("alpha_textual_missing", hm[, c("x4", "x5", "x6")])
reliabilityCase("alpha_all9_missing", hm[, paste0("x", 1:9)])

out <- do.call(rbind, rows)
write.csv(out, "reduction_references.csv", row.names = FALSE, quote = FALSE)
cat("rows written:", nrow(out), "\n")
