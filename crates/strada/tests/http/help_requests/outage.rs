//! When the database does not answer, the person's pages say so in their language: never a
//! blank answer.

use reqwest::StatusCode;

use crate::{Client, TestApp};

#[tokio::test]
async fn when_the_database_does_not_answer_the_persons_pages_say_so_in_their_language() {
    let app = TestApp::spawn().await;
    app.server().state.store().close().await;
    let sent = Client::new(&app)
        .post(
            "/ro/help/ask",
            &[
                ("country", "MD"),
                ("language", "ro"),
                ("message", "am nevoie de ajutor"),
                ("contact_me_by_fax_only", ""),
            ],
        )
        .await;
    let receipt = Client::new(&app)
        .get("/uk/help/ask/sent?receipt=0d7e4a52-8c1b-4c55-9a3e-2f1c6b8d9e01")
        .await;
    let status = Client::new(&app)
        .post(
            "/ro/help/ask/status",
            &[
                ("ticket", "ABCD-2345"),
                ("passphrase", "abcd-efgh-jkmn-pqrs"),
            ],
        )
        .await;
    for (answer, language, words) in [
        (&sent, "ro", "Nu s-a modificat nimic"),
        (&receipt, "uk", "Нічого не змінено"),
        (&status, "ro", "Nu s-a modificat nimic"),
    ] {
        assert_eq!(
            answer.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{language}: {}",
            answer.body
        );
        assert!(
            answer.body.contains(&format!("<html lang=\"{language}\"")),
            "{}",
            answer.body
        );
        assert!(answer.body.contains(words), "{}", answer.body);
    }
}
