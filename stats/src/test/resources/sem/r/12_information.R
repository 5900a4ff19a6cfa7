# Standard errors from the other information matrix: observed for complete data (case A), expected under
# FIML (case D). Run in this folder: Rscript 12_information.R > 12_information.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."
model <- function(name) paste(readLines(file.path(out, "models", paste0(name, ".lav"))), collapse = "\n")
HS <- read.csv(file.path(out, "HolzingerSwineford1939.csv"))
HSm <- read.csv(file.path(out, "HS_missing_seed42.csv"))
a <- parameterEstimates(cfa(model("A_HS_cfa"), data = HS, information = "observed"))
d <- parameterEstimates(cfa(model("D_HS_cfa_fiml"), data = HSm, missing = "ml", information = "expected"))
res <- rbind(data.frame(case = "A_observed", a[, c("lhs", "op", "rhs", "est", "se")]),
             data.frame(case = "D_expected", d[, c("lhs", "op", "rhs", "est", "se")]))
print(res, row.names = FALSE, digits = 8)
write.csv(res, file.path(out, "ref_information.csv"), row.names = FALSE)
