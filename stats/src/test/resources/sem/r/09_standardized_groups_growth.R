# Further lavaan references for the Java SEM tests: standardized solutions of cases A-C2,
# multiple groups with group.equal, growth models, std.lv.
# Run in this folder: Rscript 09_standardized_groups_growth.R > 09_standardized_groups_growth.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."
cat("lavaan", as.character(packageVersion("lavaan")), "|", R.version.string, "\n\n")
options(width = 200)

FM <- c("npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df",
        "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue",
        "srmr", "logl", "unrestricted.logl", "aic", "bic", "bic2", "ntotal")

report <- function(tag, fit, write.fit = TRUE) {
  cat("==================", tag, "==================\n")
  cat("converged:", lavInspect(fit, "converged"), " nobs:", lavInspect(fit, "nobs"), "\n")
  f <- fitMeasures(fit, FM)
  print(round(f, 3))
  pe <- parameterEstimates(fit, ci = TRUE, standardized = TRUE)
  if (!"group" %in% names(pe)) pe$group <- ifelse(pe$op == ":=", 0L, 1L)
  if (!"label" %in% names(pe)) pe$label <- ""
  pe <- pe[, c("lhs", "op", "rhs", "group", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv", "std.all")]
  pe_print <- pe
  num <- sapply(pe_print, is.numeric)
  pe_print[num] <- lapply(pe_print[num], round, 3)
  print(pe_print, row.names = FALSE)
  cat("\n")
  if (write.fit)  # cases A-D keep the fit references of 01_reference_fits.R
    write.csv(data.frame(measure = names(f), value = as.numeric(f)),
              file.path(out, paste0("ref_", tag, "_fit.csv")), row.names = FALSE)
  write.csv(pe, file.path(out, paste0("ref_", tag, "_std.csv")), row.names = FALSE)
  invisible(f)
}

HS <- read.csv(file.path(out, "HolzingerSwineford1939.csv"))
PD <- read.csv(file.path(out, "PoliticalDemocracy.csv"))
MED <- read.csv(file.path(out, "mediation_tutorial_seed1234.csv"))
FAM <- read.csv(file.path(out, "family_mediation_seed20240601.csv"))
HSm <- read.csv(file.path(out, "HS_missing_seed42.csv"))
model <- function(name) paste(readLines(file.path(out, "models", paste0(name, ".lav"))), collapse = "\n")

## standardized solutions (std.lv, std.all) of the reference cases
report("A_HS_cfa", cfa(model("A_HS_cfa"), data = HS), write.fit = FALSE)
report("B_PD_sem", sem(model("B_PD_sem"), data = PD), write.fit = FALSE)
report("C1_mediation_tutorial", sem(model("C1_mediation_tutorial"), data = MED), write.fit = FALSE)
report("C2_family_mediation", sem(model("C2_family_mediation"), data = FAM), write.fit = FALSE)
report("D_HS_cfa_fiml", cfa(model("D_HS_cfa_fiml"), data = HSm, missing = "ml"), write.fit = FALSE)
report("A_HS_cfa_stdlv", cfa(model("A_HS_cfa"), data = HS, std.lv = TRUE))

## multiple groups
report("E1_HS_school", cfa(model("A_HS_cfa"), data = HS, group = "school"))
report("E2_HS_school_equal", cfa(model("A_HS_cfa"), data = HS, group = "school",
                                 group.equal = c("loadings", "intercepts")))
report("E3_HS_school_sem", sem(model("E3_HS_school_sem"), data = HS, group = "school",
                               group.equal = c("loadings", "regressions")))

## growth curves (lavaan's Demo.growth data)
write.csv(Demo.growth, file.path(out, "Demo.growth.csv"), row.names = FALSE)
report("F1_growth", growth(model("F1_growth"), data = Demo.growth))
report("F2_growth_covariates", growth(model("F2_growth_covariates"), data = Demo.growth))
