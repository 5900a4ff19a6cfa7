-- Deposit packages are written to files as they are produced; the record names the file. Packages made
-- before keep their bytes in the zip column.
alter table export_deposit add column zip_file varchar(200);
alter table export_deposit alter column zip drop not null;
