-- H2: a published edition and everything it contains is immutable. H2 triggers are Java classes;
-- org.rarewatch.app.tracker.freeze.H2FreezeTrigger raises SQLSTATE RW409 like the PostgreSQL version.

CREATE TRIGGER edition_frozen BEFORE UPDATE, DELETE ON edition
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER assessment_frozen BEFORE INSERT, UPDATE, DELETE ON assessment
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER evidence_frozen BEFORE INSERT, UPDATE, DELETE ON evidence
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER cited_figure_frozen BEFORE INSERT, UPDATE, DELETE ON cited_figure
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER edition_recommendation_frozen BEFORE INSERT, UPDATE, DELETE ON edition_recommendation
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER recommendation_link_frozen BEFORE INSERT, UPDATE, DELETE ON recommendation_link
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
CREATE TRIGGER recommendation_frozen BEFORE UPDATE, DELETE ON recommendation
    FOR EACH ROW CALL 'org.rarewatch.app.tracker.freeze.H2FreezeTrigger';
