-- PostgreSQL: a published edition and everything it contains is immutable (SQLSTATE RW409).

CREATE FUNCTION rarewatch_edition_published(y INTEGER) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM edition WHERE edition_year = y AND state = 'published') $$;

CREATE FUNCTION rarewatch_reject_published_edition() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'published' THEN
        RAISE EXCEPTION 'edition % is published and cannot be changed', OLD.edition_year USING ERRCODE = 'RW409';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION rarewatch_reject_published_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND rarewatch_edition_published(OLD.edition_year) THEN
        RAISE EXCEPTION 'edition % is published and cannot be changed', OLD.edition_year USING ERRCODE = 'RW409';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND rarewatch_edition_published(NEW.edition_year) THEN
        RAISE EXCEPTION 'edition % is published and cannot be changed', NEW.edition_year USING ERRCODE = 'RW409';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION rarewatch_reject_published_recommendation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM edition_recommendation er JOIN edition e ON e.edition_year = er.edition_year
                WHERE er.recommendation_id = OLD.id AND e.state = 'published') THEN
        RAISE EXCEPTION 'recommendation % belongs to a published edition and cannot be changed', OLD.id
            USING ERRCODE = 'RW409';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER edition_frozen BEFORE UPDATE OR DELETE ON edition
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_edition();
CREATE TRIGGER assessment_frozen BEFORE INSERT OR UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_content();
CREATE TRIGGER evidence_frozen BEFORE INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_content();
CREATE TRIGGER cited_figure_frozen BEFORE INSERT OR UPDATE OR DELETE ON cited_figure
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_content();
CREATE TRIGGER edition_recommendation_frozen BEFORE INSERT OR UPDATE OR DELETE ON edition_recommendation
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_content();
CREATE TRIGGER recommendation_link_frozen BEFORE INSERT OR UPDATE OR DELETE ON recommendation_link
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_content();
CREATE TRIGGER recommendation_frozen BEFORE UPDATE OR DELETE ON recommendation
    FOR EACH ROW EXECUTE FUNCTION rarewatch_reject_published_recommendation();
