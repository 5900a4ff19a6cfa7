# Reference values for a Java SEM implementation, produced with lavaan.
# Run in this folder: Rscript 01_reference_fits.R > 01_reference_fits.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."   # run from this folder; writes beside the Java tests' resources
cat("lavaan", as.character(packageVersion("lavaan")), "|", R.version.string, "\n\n")
options(width = 200)

## --- datasets exported for the Java tests -----------------------------------
write.csv(HolzingerSwineford1939, file.path(out, "HolzingerSwineford1939.csv"), row.names = FALSE)
write.csv(PoliticalDemocracy,     file.path(out, "PoliticalDemocracy.csv"),     row.names = FALSE)

FM <- c("npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df",
        "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue",
        "srmr", "logl", "unrestricted.logl", "aic", "bic", "bic2")

report <- function(tag, fit) {
  cat("==================", tag, "==================\n")
  cat("converged:", lavInspect(fit, "converged"),
      " iterations:", lavInspect(fit, "iterations"),
      " optimizer:", lavInspect(fit, "options")$optim.method,
      " information:", lavInspect(fit, "options")$information[1],
      " nobs:", lavInspect(fit, "nobs"), "\n")
  f <- fitMeasures(fit, FM)
  print(round(f, 3))
  pe <- parameterEstimates(fit, ci = TRUE)
  pe_print <- pe
  num <- sapply(pe_print, is.numeric)
  pe_print[num] <- lapply(pe_print[num], round, 3)
  print(pe_print, row.names = FALSE)
  cat("\n")
  # full-precision copies for automated comparison
  write.csv(data.frame(measure = names(f), value = as.numeric(f)),
            file.path(out, paste0("ref_", tag, "_fit.csv")), row.names = FALSE)
  write.csv(pe, file.path(out, paste0("ref_", tag, "_params.csv")), row.names = FALSE)
  invisible(f)
}

## (a) HolzingerSwineford1939 3-factor CFA (lavaan tutorial "cfa") -------------
HS.model <- ' visual  =~ x1 + x2 + x3
              textual =~ x4 + x5 + x6
              speed   =~ x7 + x8 + x9 '
fitA <- cfa(HS.model, data = HolzingerSwineford1939)
report("A_HS_cfa", fitA)
# same model, SEs from the observed information (Hessian) instead of expected
fitA_obs <- cfa(HS.model, data = HolzingerSwineford1939, information = "observed")
cat("A with information='observed' (SE column only):\n")
print(round(parameterEstimates(fitA_obs)$se, 3))
cat("\n")
# standardized solution (std.all) for the CFA
cat("A standardizedSolution std.all:\n")
ss <- standardizedSolution(fitA)
print(data.frame(ss[, 1:3], est.std = round(ss$est.std, 3), se = round(ss$se, 3)), row.names = FALSE)
cat("\n")

## (b) PoliticalDemocracy SEM (lavaan tutorial "sem") --------------------------
PD.model <- '
  # measurement model
    ind60 =~ x1 + x2 + x3
    dem60 =~ y1 + y2 + y3 + y4
    dem65 =~ y5 + y6 + y7 + y8
  # regressions
    dem60 ~ ind60
    dem65 ~ ind60 + dem60
  # residual correlations
    y1 ~~ y5
    y2 ~~ y4 + y6
    y3 ~~ y7
    y4 ~~ y8
    y6 ~~ y8
'
fitB <- sem(PD.model, data = PoliticalDemocracy)
report("B_PD_sem", fitB)

## (c1) Mediation, lavaan tutorial "mediation" (seed 1234, n = 100, saturated) --
set.seed(1234)
X <- rnorm(100)
M <- 0.5 * X + rnorm(100)
Y <- 0.7 * M + rnorm(100)
Data <- data.frame(X = X, Y = Y, M = M)
write.csv(Data, file.path(out, "mediation_tutorial_seed1234.csv"), row.names = FALSE)
med.model <- ' # direct effect
                 Y ~ c*X
               # mediator
                 M ~ a*X
                 Y ~ b*M
               # indirect effect (a*b)
                 ab := a*b
               # total effect
                 total := c + (a*b) '
fitC1 <- sem(med.model, data = Data)
report("C1_mediation_tutorial", fitC1)
# bootstrap CIs for the indirect effect (percentile; seed fixed)
set.seed(2024)
fitC1b <- sem(med.model, data = Data, se = "bootstrap", bootstrap = 1000)
peb <- parameterEstimates(fitC1b, boot.ci.type = "perc")
cat("C1 bootstrap (1000 draws, set.seed(2024), percentile CI):\n")
peb_print <- peb; num <- sapply(peb_print, is.numeric); peb_print[num] <- lapply(peb_print[num], round, 3)
print(peb_print, row.names = FALSE); cat("\n")

## (c2) Domain-shaped mediation with an over-identified model (df > 0) ---------
# father chronically imprisoned (0/1) -> maternal parenting stress -> child antisocial behaviour
set.seed(20240601)
n <- 1000
inc    <- rbinom(n, 1, 0.2)
risk   <- rpois(n, 2)                                  # cumulative-risk count (covariate)
stress <- 0.40 * inc + 0.15 * risk + rnorm(n)
anti   <- 0.35 * stress + 0.05 * inc + 0.10 * risk + rnorm(n)
fam <- data.frame(inc = inc, risk = risk, stress = stress, anti = anti)
write.csv(fam, file.path(out, "family_mediation_seed20240601.csv"), row.names = FALSE)
fam.model <- ' stress ~ a*inc + risk
               anti   ~ b*stress + risk
               ind := a*b '            # no direct inc -> anti path, so df = 1
fitC2 <- sem(fam.model, data = fam)
report("C2_family_mediation", fitC2)

## (d) FIML reference: HS CFA with ~10% MCAR holes (seed 42), missing = "ml" ----
set.seed(42)
HSm <- HolzingerSwineford1939[, paste0("x", 1:9)]
for (j in 1:9) HSm[sample(nrow(HSm), 30), j] <- NA
write.csv(HSm, file.path(out, "HS_missing_seed42.csv"), row.names = FALSE, na = "")
fitD <- cfa(HS.model, data = HSm, missing = "ml")
report("D_HS_cfa_fiml", fitD)
fitD_lw <- cfa(HS.model, data = HSm)                   # listwise default for contrast
cat("D listwise: nobs =", lavInspect(fitD_lw, "nobs"), "\n")
print(round(fitMeasures(fitD_lw, FM), 3))
