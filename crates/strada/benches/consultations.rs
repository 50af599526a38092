//! The consultations benchmark: generates a realistic year of a large hotline network (one million
//! consultations by default, spread over the members with the field's usual mix of topics,
//! callers and destinations, a third with encrypted notes), then measures on that volume:
//! consultations recorded per second (one at a time, as the API records them), and the p95
//! of the filtered list (a page of 50) and of the dashboard's statistics.
//!
//!   cargo bench -p strada --bench consultations -- [CONSULTATIONS]
//!
//! SQLite in a temporary directory by default; PostgreSQL when STRADA_BENCH_POSTGRES_URL
//! names an empty database. Writes `bench/consultations-results-{sqlite,postgresql}.md`.

mod common;

use std::time::Instant;

use common::{Random, machine, millis, open_store, percentile, write_results};

use strada_domain::access::OrganisationScope;
use strada_domain::consultations::{
    CallerType, Channel, ConsultationDetails, ConsultationOutcome, Topic, TraffickingConcern,
};
use strada_domain::country_code::CountryCode;
use strada_domain::ids::OrganisationId;
use strada_domain::language::LanguageTag;
use strada_domain::pagination::PageRequest;
use strada_store::consultations::ConsultationFilter;
use time::{Duration as Span, OffsetDateTime};

const TOPICS: &[(Topic, u64)] = &[
    (Topic::JobsAbroad, 40),
    (Topic::VisaDocuments, 12),
    (Topic::WorkContractCheck, 10),
    (Topic::EmploymentAgencyCheck, 8),
    (Topic::StudyAbroad, 6),
    (Topic::MarriageAbroad, 5),
    (Topic::RightsViolationAbroad, 6),
    (Topic::SuspectedTrafficking, 4),
    (Topic::MissingPerson, 3),
    (Topic::DomesticViolence, 3),
    (Topic::ReturnAssistance, 2),
    (Topic::Other, 6),
];
const CALLERS: &[(CallerType, u64)] = &[
    (CallerType::PotentialMigrant, 55),
    (CallerType::RelativeOrFriend, 18),
    (CallerType::PossibleVictim, 10),
    (CallerType::Professional, 8),
    (CallerType::Other, 9),
];
const CHANNELS: &[(Channel, u64)] = &[
    (Channel::Phone, 60),
    (Channel::Chat, 12),
    (Channel::Messenger, 12),
    (Channel::Email, 8),
    (Channel::InPerson, 4),
    (Channel::WebForm, 4),
];
const DESTINATIONS: &[(&str, u64)] = &[
    ("DE", 20),
    ("PL", 14),
    ("IT", 10),
    ("GB", 8),
    ("CZ", 7),
    ("ES", 6),
    ("NL", 5),
    ("FR", 5),
    ("AT", 4),
    ("RU", 4),
    ("TR", 4),
    ("IL", 3),
    ("US", 3),
    ("RO", 2),
    ("BE", 2),
    ("", 3),
];
const LANGUAGES: &[(&str, u64)] = &[
    ("uk", 25),
    ("ro", 20),
    ("ru", 20),
    ("bg", 8),
    ("pl", 8),
    ("cs", 6),
    ("en", 8),
    ("sr", 5),
];

fn generate(random: &mut Random, year_start: OffsetDateTime) -> ConsultationDetails {
    let mut topics = vec![*random.pick(TOPICS)];
    if random.below(3) == 0 {
        let second = *random.pick(TOPICS);
        if !topics.contains(&second) {
            topics.push(second);
        }
    }
    let destination = *random.pick(DESTINATIONS);
    let language: &&str = random.pick(LANGUAGES);
    let concern = match random.below(100) {
        0..=84 => TraffickingConcern::None,
        85..=96 => TraffickingConcern::Possible,
        _ => TraffickingConcern::Likely,
    };
    ConsultationDetails {
        channel: *random.pick(CHANNELS),
        caller_type: *random.pick(CALLERS),
        anonymous: random.below(10) < 8,
        language: LanguageTag::parse(language).unwrap(),
        topics,
        destination_country: (!destination.is_empty()).then(|| CountryCode::parse(destination).unwrap()),
        trafficking_concern: concern,
        exploitation_types: Vec::new(),
        duration_minutes: Some(2 + random.below(25) as u32),
        started_at: year_start + Span::seconds(random.below(365 * 24 * 3600) as i64),
        outcome: Some(ConsultationOutcome::InformationProvided),
        referred_to: Vec::new(),
        notes: (random.below(3) == 0).then(|| {
            "Asked about a job offer abroad; advised to check the agency's licence and to get a written contract.".to_owned()
        }),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let total: usize = std::env::args()
        .skip(1)
        .find_map(|argument| argument.parse().ok())
        .unwrap_or(1_000_000);
    let (store, engine, _directory) = open_store().await?;
    let directory_snapshot = store.load_directory().await?;
    let members: Vec<OrganisationId> = directory_snapshot
        .organisations()
        .iter()
        .filter(|o| o.membership == strada_domain::directory::Membership::Member)
        .map(|o| o.id)
        .collect();
    let author = store
        .credentials(&strada_domain::accounts::EmailAddress::parse(
            "hotline-consultant@demo.strada.invalid",
        )?)
        .await?
        .expect("the demo consultant")
        .user;
    let moldova = author.organisation_id;
    let moldova_scope = OrganisationScope::Organisation(moldova);
    let year_start = OffsetDateTime::new_utc(
        time::Date::from_calendar_date(2025, time::Month::January, 1)?,
        time::Time::MIDNIGHT,
    );

    // Generate: the biggest member (La Strada Moldova) takes a tenth, the others share the rest.
    let mut random = Random(0x5EED_5EED_5EED_5EED);
    let generating = Instant::now();
    let mut generated = 0;
    const BATCH: usize = 5_000;
    while generated < total {
        let organisation = if random.below(10) == 0 {
            moldova
        } else {
            members[random.below(members.len() as u64) as usize]
        };
        let size = BATCH.min(total - generated);
        let batch: Vec<ConsultationDetails> = (0..size)
            .map(|_| generate(&mut random, year_start))
            .collect();
        store
            .import_consultations(organisation, author.id, &batch)
            .await?;
        generated += size;
        if generated % 100_000 == 0 {
            eprintln!(
                "generated {generated} consultations in {:.0} s",
                generating.elapsed().as_secs_f64()
            );
        }
    }
    store.optimize().await?;
    let generation_seconds = generating.elapsed().as_secs_f64();
    let in_moldova = store
        .list_consultations(
            moldova_scope,
            &ConsultationFilter::default(),
            PageRequest::new(Some(1), Some(1))?,
        )
        .await?
        .total;

    // Recording one at a time, durable, as the API does.
    let recordings = 1_000;
    let recording = Instant::now();
    for _ in 0..recordings {
        let details = generate(&mut random, year_start);
        store
            .record_consultation(moldova, author.id, &details, None)
            .await?;
    }
    let per_second = recordings as f64 / recording.elapsed().as_secs_f64();

    // The filtered list: a page of 50 with a topic, a destination and a quarter.
    let mut list_samples = Vec::new();
    for run in 0..200 {
        let quarter = (run % 4) as i64;
        let filter = ConsultationFilter {
            from: Some(year_start + Span::days(91 * quarter)),
            until: Some(year_start + Span::days(91 * (quarter + 1))),
            topic: Some(TOPICS[run % 3].0),
            destination_country: Some(CountryCode::parse(DESTINATIONS[run % 5].0)?),
            caller_type: (run % 2 == 0).then_some(CallerType::PotentialMigrant),
            channel: None,
            ..ConsultationFilter::default()
        };
        let started = Instant::now();
        let page = store
            .list_consultations(
                moldova_scope,
                &filter,
                PageRequest::new(Some(1 + (run % 3) as u32), Some(50))?,
            )
            .await?;
        list_samples.push(started.elapsed());
        std::hint::black_box(page);
    }
    // The dashboard: the whole year, then a quarter.
    let mut dashboard_samples = Vec::new();
    for run in 0..40 {
        let filter = if run % 2 == 0 {
            ConsultationFilter::default()
        } else {
            ConsultationFilter {
                from: Some(year_start + Span::days(91)),
                until: Some(year_start + Span::days(182)),
                ..Default::default()
            }
        };
        let started = Instant::now();
        let statistics = store
            .consultation_statistics(moldova_scope, &filter)
            .await?;
        dashboard_samples.push(started.elapsed());
        std::hint::black_box(statistics);
    }
    let list_p95 = percentile(&mut list_samples, 0.95);
    let list_p50 = percentile(&mut list_samples, 0.50);
    let dashboard_p95 = percentile(&mut dashboard_samples, 0.95);
    let dashboard_p50 = percentile(&mut dashboard_samples, 0.50);

    let report = format!(
        "Measured {date} on {machine}, release build, {engine}; `cargo bench -p strada --bench consultations -- {total}`.\n\n\
         {total} consultations generated for {members} members ({generation_seconds:.0} s, in transactions of {BATCH}); \
         the measured organisation holds {in_moldova} of them.\n\n\
         | measure | p50 | p95 | goal |\n|---|---:|---:|---:|\n\
         | filtered list (page of 50: topic, destination, quarter, caller type) | {list_p50} | {list_p95} | p95 under 50 ms |\n\
         | dashboard statistics (by week, topic, destination, caller type) | {dashboard_p50} | {dashboard_p95} | p95 under 200 ms |\n\n\
         Consultations recorded one at a time (each its own durable transaction, notes sealed): **{per_second:.0} per second**.\n",
        date = OffsetDateTime::now_utc().date(),
        machine = machine(),
        members = members.len(),
        list_p50 = millis(list_p50),
        list_p95 = millis(list_p95),
        dashboard_p50 = millis(dashboard_p50),
        dashboard_p95 = millis(dashboard_p95),
    );
    println!("{report}");
    write_results("consultations", engine, &report)?;
    Ok(())
}
