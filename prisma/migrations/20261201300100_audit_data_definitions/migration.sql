-- Data set and element definitions (reference data, changed by national admins) land in the audit log too,
-- with the acting user and both row images (no district: the log shows them to national admins).
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "DataSet" FOR EACH ROW EXECUTE FUNCTION audit_district_change();
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "DataElement" FOR EACH ROW EXECUTE FUNCTION audit_district_change();
