//! Exports of consultations: who may export, compressed archives that arrive whole, and the
//! audit event of each export.

use crate::TestApp;
use reqwest::StatusCode;
use serde_json::json;

use super::*;
use strada_domain::accounts::Role;

#[tokio::test]
async fn org_admins_export_analysts_see_aggregates_only_and_consultants_neither() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    for (topic, destination) in [
        ("jobs_abroad", "DE"),
        ("jobs_abroad", "PL"),
        ("study_abroad", "DE"),
    ] {
        let body = json!({"channel": "phone", "caller_type": "potential_migrant", "language": "ro", "topics": [topic],
            "destination_country": destination, "duration_minutes": 12, "notes": "=HYPERLINK(\"http://evil\")"});
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    for role in ["org-admin", "analyst"] {
        let mut browser = app.demo_staff(Role::parse(role).unwrap()).await;
        let dashboard = browser.get("/staff/consultations/dashboard").await;
        assert_eq!(dashboard.status, StatusCode::OK, "{role}");
        assert_eq!(dashboard.body.matches("<svg").count(), 4, "four charts");
        // Drawn a phone wide and scaled by its viewBox: at 360 px its text is 14 px, and each
        // label has a line of its own, so none overlaps another or a bar.
        assert_eq!(dashboard.body.matches("viewBox=\"0 0 320 ").count(), 4);
        assert!(
            dashboard
                .body
                .contains("<text x=\"0\" y=\"15\" font-size=\"14\"")
        );
        let tables = dashboard.html();
        assert!(tables.has_row_with(&["Jobs abroad", "2"]), "{role}");
        assert!(tables.has_row_with(&["Germany", "2"]), "{role}");
        assert!(dashboard.body.contains("3 contacts"));
        if role == "analyst" {
            for path in [
                "/staff/consultations/export.csv",
                "/staff/consultations/export.xlsx",
            ] {
                assert_eq!(
                    browser.get(path).await.status,
                    StatusCode::NOT_FOUND,
                    "analysts never get one row per consultation: {path}"
                );
            }
            continue;
        }
        let csv = browser.get("/staff/consultations/export.csv").await;
        assert_eq!(csv.status, StatusCode::OK, "{role}");
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(
            csv.header("content-disposition")
                .contains("consultations.csv")
        );
        let lines: Vec<&str> = csv.body.lines().collect();
        assert_eq!(lines.len(), 4, "a header and three rows");
        assert!(lines[0].starts_with("id,started_at,channel"));
        assert!(
            !csv.body.contains("HYPERLINK"),
            "notes never leave in an export"
        );
        let filtered = browser
            .get("/staff/consultations/export.csv?destination_country=DE")
            .await;
        assert_eq!(filtered.body.lines().count(), 3);
        let (status, xlsx) = {
            let cookie = browser.cookie.clone().unwrap();
            app.get_bytes("/staff/consultations/export.xlsx", &[("cookie", &cookie)])
                .await
        };
        assert_eq!(status, StatusCode::OK);
        assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip");
        let sheet = zip_entry(&xlsx, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains("<c r=\"K2\"><v>12</v></c>"),
            "minutes are a number: {sheet}"
        );
        assert!(
            sheet.contains("<c r=\"E2\" t=\"b\"><v>1</v></c>"),
            "{sheet}"
        );
    }
    let mut consultant = app.demo_staff(Role::HotlineConsultant).await;
    for path in [
        "/staff/consultations/export.csv",
        "/staff/consultations/export.xlsx",
        "/staff/consultations/dashboard",
    ] {
        assert_eq!(
            consultant.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let mut analyst = app.demo_staff(Role::Analyst).await;
    assert_eq!(
        analyst.get("/staff/consultations").await.status,
        StatusCode::NOT_FOUND,
        "analysts see aggregates only"
    );
}

#[tokio::test]
async fn a_compressed_csv_export_arrives_whole_and_its_audit_event_says_so() {
    let app = TestApp::spawn().await;
    let token = app.api_token(CONSULTANT).await;
    // More than one page of the export's reads.
    for minute in 0..130 {
        let mut body = sample();
        body["started_at"] = json!(format!(
            "2026-11-20T{:02}:{:02}:00Z",
            8 + minute / 60,
            minute % 60
        ));
        assert_eq!(post(&app, &token, &body).await.status, StatusCode::CREATED);
    }
    let browser = org_admin(&app).await;
    let cookie = browser.cookie.clone().unwrap();
    let response = app
        .client
        .get(format!("{}/staff/consultations/export.csv", app.base))
        .header("cookie", &cookie)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let compressed = response.bytes().await.expect("the whole body arrives");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&compressed[..]), &mut csv)
        .expect("a complete gzip stream");
    assert_eq!(csv.lines().count(), 131, "a header and every row");
    let audit = browser_get_audit(&app).await;
    assert!(audit.contains("consultations_exported"), "{audit}");
}

/// One file of a zip archive (an XLSX), inflated: enough of the format to read a worksheet,
/// through the central directory (local headers may leave sizes to a trailing descriptor).
fn zip_entry(archive: &[u8], name: &str) -> String {
    let number = |at: usize, width: usize| {
        archive[at..at + width]
            .iter()
            .rev()
            .fold(0usize, |value, byte| value << 8 | usize::from(*byte))
    };
    let mut at = archive
        .windows(4)
        .position(|window| window == b"PK\x01\x02")
        .expect("a central directory");
    while archive[at..].starts_with(b"PK\x01\x02") {
        let (method, compressed) = (number(at + 10, 2), number(at + 20, 4));
        let (name_length, extra_length, comment_length) =
            (number(at + 28, 2), number(at + 30, 2), number(at + 32, 2));
        let local = number(at + 42, 4);
        if &archive[at + 46..at + 46 + name_length] == name.as_bytes() {
            let start = local + 30 + number(local + 26, 2) + number(local + 28, 2);
            let data = &archive[start..start + compressed];
            let mut text = String::new();
            if method == 0 {
                text = String::from_utf8(data.to_vec()).unwrap();
            } else {
                std::io::Read::read_to_string(
                    &mut flate2::read::DeflateDecoder::new(data),
                    &mut text,
                )
                .unwrap();
            }
            return text;
        }
        at += 46 + name_length + extra_length + comment_length;
    }
    panic!("no {name} in the archive");
}
