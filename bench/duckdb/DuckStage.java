import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Benchmark baseline (not part of Rarewatch): the grouped counts behind `rarewatch stage`, computed by
 * DuckDB from the same CSV. Counts tumours by site (3-character ICD-10), diagnosis year, sex, 5-year age
 * band (90+ top-coded), stage group (first character of STAGE_BEST) and route to diagnosis, then prints
 * the number of groups and tumours. Run: java -cp duckdb_jdbc.jar DuckStage.java FILE [threads]
 */
public class DuckStage {
    public static void main(String[] args) throws Exception {
        String file = args[0].replace("'", "''");
        String threads = args.length > 1 ? args[1] : "2";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads TO " + Integer.parseInt(threads));
            String sql = "SELECT count(*) AS groups, sum(n) AS tumours FROM ("
                    + " SELECT SITE_ICD10_O2_3CHAR, year(DIAGNOSISDATEBEST) AS yr, SEX,"
                    + " least(AGE // 5, 18) AS ageband, substr(coalesce(STAGE_BEST, ''), 1, 1) AS stage,"
                    + " ROUTE_TO_DIAGNOSIS, count(*) AS n"
                    + " FROM read_csv('" + file + "', header = true, all_varchar = false,"
                    + "   types = {'STAGE_BEST': 'VARCHAR', 'SITE_ICD10_O2_3CHAR': 'VARCHAR', 'SEX': 'VARCHAR',"
                    + "            'DIAGNOSISDATEBEST': 'DATE', 'AGE': 'INTEGER', 'ROUTE_TO_DIAGNOSIS': 'VARCHAR'})"
                    + " GROUP BY ALL)";
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                System.out.println("duckdb groups=" + r.getLong(1) + " tumours=" + r.getLong(2));
            }
        }
    }
}
