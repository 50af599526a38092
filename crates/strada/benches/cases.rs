//! The case files benchmark: generates a million cases (by default) across the network's
//! members, led by twenty workers each, with the field's mix of forms of exploitation,
//! citizenships and statuses over two years, then measures on that volume, for the largest
//! member: the p50/p95 of the filtered case list (a page of 50) as its administrator and as
//! one of its workers sees it, of the case page's reads (the case by its code and its
//! timeline), and of the blind-index search ("is she already known to us?") among 5,000
//! identities.
//!
//!   cargo bench -p strada --bench cases -- [CASES]
//!
//! SQLite in a temporary directory by default; PostgreSQL when STRADA_BENCH_POSTGRES_URL
//! names an empty database. Writes `bench/cases-results-{sqlite,postgresql}.md`.

mod common;

use std::time::Instant;

use common::{Random, machine, millis, open_store, percentile, write_results};
use strada_domain::access::CaseScope;
use strada_domain::accounts::{EmailAddress, PersonName, Role};
use strada_domain::cases::codes::{
    AgeBand, CasePhase, CaseStatus, Gender, IdentifiedBy, MethodOfControl, TraffickingStatus,
};
use strada_domain::cases::identity::{CaseIdentity, FindingKey};
use strada_domain::cases::{CaseCode, CaseDetails};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::directory::Membership;
use strada_domain::ids::{OrganisationId, UserId};
use strada_domain::pagination::PageRequest;
use strada_store::accounts::NewUser;
use strada_store::cases::{CaseFilter, NewCase};
use time::{Duration as Span, OffsetDateTime};

/// Workers per member, each leading a share of its cases.
const WORKERS: usize = 20;

/// The largest member's cases given an identity, for the blind-index search.
const IDENTITIES: usize = 5_000;

/// Family names as the field meets them (the search normalises case and diacritics).
const FAMILY_NAMES: &[&str] = &[
    "Ivanova",
    "Popescu",
    "Kovalenko",
    "Petrović",
    "Nowak",
    "Horváth",
    "Ionescu",
    "Shevchenko",
    "Dimitrova",
    "Rusu",
    "Kowalska",
    "Novák",
    "Okafor",
    "Nguyen",
    "Hoxha",
    "Georgieva",
    "Melnyk",
    "Ciobanu",
    "Wiśniewska",
    "Szabó",
];

const EXPLOITATION: &[(ExploitationType, u64)] = &[
    (ExploitationType::SexualExploitation, 40),
    (ExploitationType::ForcedLabour, 35),
    (ExploitationType::ForcedCriminality, 8),
    (ExploitationType::ForcedBegging, 5),
    (ExploitationType::ForcedMarriage, 4),
    (ExploitationType::Servitude, 4),
    (ExploitationType::Other, 4),
];
const CITIZENSHIP: &[(&str, u64)] = &[
    ("RO", 15),
    ("BG", 12),
    ("UA", 12),
    ("MD", 10),
    ("NG", 8),
    ("VN", 6),
    ("HU", 6),
    ("PL", 5),
    ("AL", 5),
    ("RS", 4),
    ("SK", 4),
    ("CZ", 3),
    ("", 10),
];
const STATUS: &[(CaseStatus, u64)] = &[
    (CaseStatus::Active, 30),
    (CaseStatus::FollowUp, 15),
    (CaseStatus::Closed, 45),
    (CaseStatus::ClosedReferred, 10),
];

fn generate(random: &mut Random) -> CaseDetails {
    let mut exploitation_types = vec![*random.pick(EXPLOITATION)];
    if random.below(5) == 0 {
        let second = *random.pick(EXPLOITATION);
        if !exploitation_types.contains(&second) {
            exploitation_types.push(second);
            exploitation_types.sort();
        }
    }
    let citizenship = *random.pick(CITIZENSHIP);
    CaseDetails {
        gender: Some(if random.below(10) < 7 {
            Gender::Feminine
        } else {
            Gender::Masculine
        }),
        age_band: Some(AgeBand::ALL[random.below(AgeBand::ALL.len() as u64) as usize]),
        citizenship: (!citizenship.is_empty()).then(|| CountryCode::parse(citizenship).unwrap()),
        residence: None,
        trafficking_status: if random.below(3) == 0 {
            TraffickingStatus::ActualVictimOfTrafficking
        } else {
            TraffickingStatus::PossibleVictimOfTrafficking
        },
        identified_by: Some(IdentifiedBy::Ngo),
        exploitation_types,
        sex_exploitation_types: Vec::new(),
        forced_labour_industries: Vec::new(),
        methods_of_control: vec![MethodOfControl::ALL[random.below(4) as usize]],
        methods_of_recruitment: Vec::new(),
        vulnerabilities: Vec::new(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let total: usize = std::env::args()
        .skip(1)
        .find_map(|argument| argument.parse().ok())
        .unwrap_or(1_000_000);
    let (store, engine, _directory) = open_store().await?;
    let snapshot = store.load_directory().await?;
    let members: Vec<(OrganisationId, CountryCode)> = snapshot
        .organisations()
        .iter()
        .filter(|o| o.membership == Membership::Member)
        .map(|o| (o.id, o.country))
        .collect();
    // Twenty workers per member, made without a password (as an invitation makes them).
    let mut workers: Vec<Vec<UserId>> = Vec::new();
    for (n, (organisation, _)) in members.iter().enumerate() {
        let mut staff = Vec::new();
        for w in 0..WORKERS {
            let email = EmailAddress::parse(&format!("worker-{n}-{w}@bench.strada.invalid"))?;
            let user = store
                .create_user(NewUser {
                    email: &email,
                    name: &PersonName::parse(&format!("Worker {n} {w}"))?,
                    organisation_id: *organisation,
                    role: Role::CaseWorker,
                    password_hash: None,
                    demo: false,
                })
                .await?;
            staff.push(user.id);
        }
        workers.push(staff);
    }
    let start = OffsetDateTime::new_utc(
        time::Date::from_calendar_date(2025, time::Month::January, 1)?,
        time::Time::MIDNIGHT,
    );

    // Generate: the first member takes a tenth, the others share the rest; times in order
    // within each batch, as cases are opened.
    let mut random = Random(0xCA5E_CA5E_CA5E_CA5E);
    let generating = Instant::now();
    let mut generated = 0;
    let mut largest_ids = Vec::new();
    const BATCH: usize = 2_000;
    while generated < total {
        let member = if random.below(10) == 0 {
            0
        } else {
            random.below(members.len() as u64) as usize
        };
        let (organisation, country) = members[member];
        let size = BATCH.min(total - generated);
        let details: Vec<CaseDetails> = (0..size).map(|_| generate(&mut random)).collect();
        let batch: Vec<NewCase> = details
            .iter()
            .map(|details| {
                let lead = workers[member][random.below(WORKERS as u64) as usize];
                NewCase {
                    organisation_id: organisation,
                    country,
                    lead_worker_id: lead,
                    opened_by: lead,
                    details,
                    origin: None,
                    idempotency_key: None,
                    now: start + Span::seconds(random.below(700 * 24 * 3600) as i64),
                }
            })
            .collect();
        let ids = store.import_cases(&batch).await?;
        if member == 0 {
            largest_ids.extend(ids);
        }
        generated += size;
        if generated % 100_000 == 0 {
            eprintln!(
                "generated {generated} cases in {:.0} s",
                generating.elapsed().as_secs_f64()
            );
        }
    }
    store.optimize().await?;
    let generation_seconds = generating.elapsed().as_secs_f64();
    let (largest, _) = members[0];
    let admin_scope = CaseScope::Organisation(largest);
    let worker_scope = CaseScope::AssignedTo {
        organisation: largest,
        worker: workers[0][0],
    };
    let everything = PageRequest::new(Some(1), Some(50))?;
    let in_largest = store
        .list_cases(admin_scope, &CaseFilter::default(), everything)
        .await?;

    let mut list_samples = Vec::new();
    let mut worker_samples = Vec::new();
    for run in 0..200 {
        let filter = CaseFilter {
            status: (run % 2 == 0).then_some(STATUS[run % 4].0),
            phase: (run % 5 == 0).then_some(CasePhase::Identification),
            exploitation_type: Some(EXPLOITATION[run % 3].0),
            citizenship: (run % 3 == 0)
                .then(|| CountryCode::parse(CITIZENSHIP[run % 6].0).unwrap()),
            opened_from: Some(start + Span::days(60 * (run % 6) as i64)),
            opened_until: Some(start + Span::days(60 * (run % 6) as i64 + 180)),
            ..CaseFilter::default()
        };
        let page = PageRequest::new(Some(1 + (run % 3) as u32), Some(50))?;
        let started = Instant::now();
        std::hint::black_box(store.list_cases(admin_scope, &filter, page).await?);
        list_samples.push(started.elapsed());
        let started = Instant::now();
        std::hint::black_box(store.list_cases(worker_scope, &filter, page).await?);
        worker_samples.push(started.elapsed());
    }
    // The case page: the case by its code, then its timeline.
    let codes: Vec<CaseCode> = in_largest.items.iter().map(|case| case.code).collect();
    let mut page_samples = Vec::new();
    for run in 0..400 {
        let code = codes[run % codes.len()];
        let started = Instant::now();
        let case = store
            .case_by_code(admin_scope, code)
            .await?
            .expect("a case of the list");
        std::hint::black_box(store.case_timeline(admin_scope, case.id).await?);
        page_samples.push(started.elapsed());
    }

    // "Is she already known to us?": identities for some of the largest member's cases, then
    // searches by family name and birth year (the blind index, then each match read).
    let mut named = Vec::new();
    for (n, id) in largest_ids.iter().take(IDENTITIES).enumerate() {
        let family_name = format!("{} {}", FAMILY_NAMES[n % FAMILY_NAMES.len()], n / 997);
        let year = 1960 + (n % 47) as i32;
        let identity = CaseIdentity {
            family_name: family_name.clone(),
            given_names: "Maria".into(),
            birth_date: time::Date::from_calendar_date(year, time::Month::March, 3).ok(),
            ..CaseIdentity::default()
        };
        store
            .write_case_identity(admin_scope, *id, &identity, workers[0][0], start)
            .await?;
        named.push((family_name, year));
    }
    let mut search_samples = Vec::new();
    for run in 0..400 {
        let (name, year) = &named[(run * 7919) % named.len()];
        // Every other search asks for someone nobody holds.
        let year = if run % 2 == 0 { *year } else { year - 1 };
        let key = FindingKey::new(&name.to_uppercase(), year).expect("a name");
        let started = Instant::now();
        for id in store.possible_matches(largest, &key).await? {
            std::hint::black_box(store.case(admin_scope, id).await?);
        }
        search_samples.push(started.elapsed());
    }

    let row = |name: &str, samples: &mut Vec<std::time::Duration>, goal: &str| {
        format!(
            "| {name} | {} | {} | {goal} |\n",
            millis(percentile(samples, 0.50)),
            millis(percentile(samples, 0.95))
        )
    };
    let report = format!(
        "Measured {date} on {machine}, release build, {engine}; `cargo bench -p strada --bench cases -- {total}`.\n\n\
         {total} cases generated for {members} members, {WORKERS} workers each ({generation_seconds:.0} s, in transactions of {BATCH}); \
         the measured organisation holds {held} of them.\n\n\
         | measure | p50 | p95 | goal |\n|---|---:|---:|---:|\n{list}{worker}{page}{search}",
        date = OffsetDateTime::now_utc().date(),
        machine = machine(),
        members = members.len(),
        held = in_largest.total,
        list = row(
            "filtered list, as the administrator (page of 50: form of exploitation, period, status, citizenship)",
            &mut list_samples,
            "p95 under 20 ms"
        ),
        worker = row(
            "the same list, as one of its workers (the cases they lead)",
            &mut worker_samples,
            "p95 under 20 ms"
        ),
        page = row(
            "the case page's reads (the case by its code, its timeline)",
            &mut page_samples,
            "p95 under 10 ms"
        ),
        search = row(
            &format!(
                "the blind-index search among {IDENTITIES} identities (family name and birth year, each match read)"
            ),
            &mut search_samples,
            "p95 under 10 ms"
        ),
    );
    println!("{report}");
    write_results("cases", engine, &report)?;
    Ok(())
}
