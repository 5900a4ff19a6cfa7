# R-square of the endogenous variables (lavInspect(fit, "r2")) for cases B and C2.
# Run in this folder: Rscript 13_rsquare.R > 13_rsquare.out 2>&1
suppressPackageStartupMessages(library(lavaan))
out <- ".."
model <- function(name) paste(readLines(file.path(out, "models", paste0(name, ".lav"))), collapse = "\n")
b <- lavInspect(sem(model("B_PD_sem"), data = read.csv(file.path(out, "PoliticalDemocracy.csv"))), "r2")
c2 <- lavInspect(sem(model("C2_family_mediation"), data = read.csv(file.path(out, "family_mediation_seed20240601.csv"))), "r2")
res <- rbind(data.frame(case = "B_PD_sem", variable = names(b), r2 = as.numeric(b)),
             data.frame(case = "C2_family_mediation", variable = names(c2), r2 = as.numeric(c2)))
print(res, row.names = FALSE, digits = 10)
write.csv(res, file.path(out, "ref_rsquare.csv"), row.names = FALSE)
