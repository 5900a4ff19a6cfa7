# lavaan references for syntax features: second-order factor, NA*/fixed/start() modifiers, == constraints,
# shared labels, per-group labels c(...) with defined parameters, FIML with observed covariates.
# Run in this folder: Rscript 10_syntax_cases.R > 10_syntax_cases.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."
cat("lavaan", as.character(packageVersion("lavaan")), "|", R.version.string, "\n\n")
options(width = 200)
FM <- c("npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df",
        "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue",
        "srmr", "logl", "unrestricted.logl", "aic", "bic", "bic2", "ntotal")
report <- function(tag, fit) {
  cat("==================", tag, "==================\n")
  cat("converged:", lavInspect(fit, "converged"), " nobs:", lavInspect(fit, "nobs"), "\n")
  f <- fitMeasures(fit, FM)
  print(round(f, 3))
  pe <- parameterEstimates(fit, ci = TRUE, standardized = TRUE)
  pe <- pe[pe$op != "==", ]
  if (!"group" %in% names(pe)) pe$group <- ifelse(pe$op == ":=", 0L, 1L)
  if (!"label" %in% names(pe)) pe$label <- ""
  pe <- pe[, c("lhs", "op", "rhs", "group", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv", "std.all")]
  pe_print <- pe; num <- sapply(pe_print, is.numeric); pe_print[num] <- lapply(pe_print[num], round, 3)
  print(pe_print, row.names = FALSE); cat("\n")
  write.csv(data.frame(measure = names(f), value = as.numeric(f)), file.path(out, paste0("ref_", tag, "_fit.csv")), row.names = FALSE)
  write.csv(pe, file.path(out, paste0("ref_", tag, "_std.csv")), row.names = FALSE)
}
model <- function(name) paste(readLines(file.path(out, "models", paste0(name, ".lav"))), collapse = "\n")
HS <- read.csv(file.path(out, "HolzingerSwineford1939.csv"))
PD <- read.csv(file.path(out, "PoliticalDemocracy.csv"))
FAM <- read.csv(file.path(out, "family_mediation_seed20240601.csv"))

report("G1_second_order", cfa(model("G1_second_order"), data = HS))
report("G2_modifiers_constraints", cfa(model("G2_modifiers_constraints"), data = HS))
report("G3_PD_equal_loadings", sem(model("G3_PD_equal_loadings"), data = PD))
report("G4_groups_labels", sem(model("G4_groups_labels"), data = HS, group = "school"))

# outcomes with ~15% holes (covariates complete), missing = "ml"
set.seed(7)
FAMm <- FAM
FAMm$stress[sample(nrow(FAMm), 150)] <- NA
FAMm$anti[sample(nrow(FAMm), 150)] <- NA
write.csv(FAMm, file.path(out, "family_mediation_missing_seed7.csv"), row.names = FALSE, na = "")
report("G5_fiml_covariates", sem(model("G5_fiml_covariates"), data = FAMm, missing = "ml"))

# a covariate with holes under missing = "ml": lavaan deletes those cases (fixed.x = TRUE)
set.seed(3)
FAMx <- FAMm
FAMx$risk[sample(nrow(FAMx), 40)] <- NA
write.csv(FAMx, file.path(out, "family_mediation_missing_covariate_seed3.csv"), row.names = FALSE, na = "")
report("G6_fiml_missing_covariate", sem(model("G6_fiml_missing_covariate"), data = FAMx, missing = "ml"))

# covariates named in a ~~ formula become random (free variances), with a lavaan warning
report("G7_random_covariates", sem(model("G7_random_covariates"), data = FAM))

# covariates treated as random: fixed.x = FALSE
report("G8_fixed_x_false", sem(model("C2_family_mediation"), data = FAM, fixed.x = FALSE))

# several groups with FIML and equal loadings: HS with ~10% holes per indicator (seed 11), by school
set.seed(11)
HSg <- HS[, c("school", paste0("x", 1:9))]
for (j in paste0("x", 1:9)) HSg[sample(nrow(HSg), 30), j] <- NA
write.csv(HSg, file.path(out, "HS_school_missing_seed11.csv"), row.names = FALSE, na = "")
report("G9_groups_fiml", cfa(model("A_HS_cfa"), data = HSg, group = "school", group.equal = "loadings", missing = "ml"))
