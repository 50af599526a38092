use serde_json::json;

use super::*;

fn json<T: DeserializeOwned>(value: serde_json::Value) -> T {
    from_json(value.to_string().as_bytes()).expect("an object reads")
}

fn form<T: DeserializeOwned>(body: &str) -> T {
    serde_html_form::from_str(body).expect("a form reads")
}

#[test]
fn a_request_reads_alike_from_json_and_from_a_form() {
    let from_json: AskInput = json(json!({"country": "MD", "language": "ro", "message": " help "}));
    let from_form: AskInput = form("country=MD&language=ro&message=+help+&contact_me_by_fax_only=");
    for input in [from_json, from_form] {
        let request = input.read(Source::Json).expect("valid");
        assert_eq!(request.country.as_str(), "MD");
        assert_eq!(request.language.to_string(), "ro");
        assert_eq!(request.message, "help");
    }
}

#[test]
fn every_field_of_a_request_says_its_problem_at_once() {
    let input: AskInput = json(json!({
        "country": "XX", "language": 7, "message": "", "email": "me@example.org",
        "contact_me_by_fax_only": "555"
    }));
    let problems = input.read(Source::Json).unwrap_err();
    assert_eq!(problems["country"], FieldProblem::Country);
    assert_eq!(problems["language"], FieldProblem::NotText);
    assert_eq!(
        problems["message"],
        FieldProblem::Message(InvalidMessage::Empty)
    );
    assert_eq!(problems["email"], FieldProblem::NotAField("help request"));
    assert_eq!(problems[TRAP_FIELD], FieldProblem::Filled);
    assert_eq!(
        api_errors(&problems)["email"],
        "is not a field of a help request"
    );
    assert_eq!(api_errors(&problems)["language"], "must be a string");
}

#[test]
fn a_form_keeps_what_was_typed_and_ignores_names_it_carries() {
    let input: AskInput = form("country=&language=en&message=keep+this&send=1");
    assert!(!input.is_from_robot());
    assert_eq!(input.message.as_typed(), "keep this");
    let problems = input.read(Source::Form).unwrap_err();
    assert_eq!(problems.keys().collect::<Vec<_>>(), ["country"]);
    let robot: AskInput = form("country=MD&language=en&message=pills&contact_me_by_fax_only=yes");
    assert!(robot.is_from_robot());
}

#[test]
fn a_message_is_refused_when_empty_too_long_or_not_text() {
    for (message, problem) in [
        (json!("   "), FieldProblem::Message(InvalidMessage::Empty)),
        (
            json!("x".repeat(4001)),
            FieldProblem::Message(InvalidMessage::TooLong),
        ),
        (json!(42), FieldProblem::NotText),
        (json!(["a"]), FieldProblem::NotText),
        (json!({"a": 1}), FieldProblem::NotText),
    ] {
        let reply: ReplyInput = json(json!({ "message": message }));
        assert_eq!(reply.read().unwrap_err()["message"], problem);
    }
    let null: ReplyInput = json(json!({ "message": null }));
    assert_eq!(
        null.read().unwrap_err()["message"],
        FieldProblem::Message(InvalidMessage::Empty)
    );
}

#[test]
fn credentials_read_loosely_typed_and_refuse_what_is_not_one() {
    let typed: CredentialsInput = form("ticket=abcd+2345&passphrase=ABCD-EFGH-JKMN-PQRS");
    let (ticket, passphrase) = typed.read().expect("loosely typed credentials read");
    assert_eq!(ticket.as_str(), "ABCD-2345");
    assert_eq!(passphrase.as_str(), "abcd-efgh-jkmn-pqrs");
    let wrong: CredentialsInput = json(json!({"ticket": "ABC", "passphrase": 1}));
    let problems = wrong.read().unwrap_err();
    assert_eq!(problems["ticket"], FieldProblem::Ticket);
    assert_eq!(problems["passphrase"], FieldProblem::NotText);
}

#[test]
fn a_follow_up_id_is_strict_in_the_api_and_replaced_on_a_form() {
    let api: FollowUpInput = json(json!({
        "ticket": "ABC", "passphrase": "x", "message": "", "id": "nope", "name": "x",
        "follow_up": "y"
    }));
    let problems = api.read(Source::Json).unwrap_err();
    for field in ["ticket", "passphrase", "message", "id", "name", "follow_up"] {
        assert!(problems.contains_key(field), "{field}");
    }
    assert_eq!(problems["id"], FieldProblem::NotUuid);
    let page: FollowUpInput = form("ticket=ABC&follow_up=not-an-id&message=&other=1");
    let problems = page.read(Source::Form).unwrap_err();
    assert!(!problems.contains_key("follow_up") && !problems.contains_key("other"));
    assert!(problems.contains_key("message"));
}

#[test]
fn a_body_that_is_no_object_is_malformed_or_refused() {
    assert!(from_json::<ReplyInput>(b"{\"message\":").is_err());
    assert!(from_json::<ReplyInput>(b"[1]").is_err());
}

#[test]
fn each_wrong_value_of_a_request_is_its_fields_problem_in_the_api() {
    let help = || json!({"country": "MD", "language": "ro", "message": "help"});
    for (field, value) in [
        ("country", json!("XX")),
        ("language", json!("romanian")),
        ("message", json!("")),
        ("message", json!("x".repeat(4001))),
        ("message", json!(42)),
        ("email", json!("me@example.org")),
        (TRAP_FIELD, json!("555")),
    ] {
        let mut body = help();
        body[field] = value;
        let input: AskInput = json(body);
        let problems = input.read(Source::Json).unwrap_err();
        assert!(problems.contains_key(field), "{field}: {problems:?}");
        let errors = api_errors(&problems);
        assert!(
            errors.get(field).is_some_and(|error| !error.is_empty()),
            "{field}: said in the API's words"
        );
    }
    let input: AskInput = json(help());
    assert!(input.read(Source::Json).is_ok(), "the request unbroken");
}
