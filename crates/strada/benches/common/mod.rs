//! What the benchmarks share: a seeded generator, percentiles, the machine's name and the
//! store they measure (SQLite in a temporary directory, or the empty PostgreSQL database
//! that STRADA_BENCH_POSTGRES_URL names).

use std::time::Duration;

use strada_store::crypto::{BlindIndexKey, MasterKey};
use strada_store::keyring::CaseKeyring;
use strada_store::{DatabaseUrl, Store};

/// A small, fast, seeded generator (xorshift*), so every run generates the same data.
pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Picks by weight.
    pub fn pick<'a, T>(&mut self, weighted: &'a [(T, u64)]) -> &'a T {
        let total: u64 = weighted.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (item, weight) in weighted {
            if roll < *weight {
                return item;
            }
            roll -= weight;
        }
        &weighted[0].0
    }
}

pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

pub fn millis(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

/// "2 cores of <the CPU's model name>".
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "an unnamed CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{cores} cores of {cpu}")
}

/// The store to measure, with the demo network and accounts, and the engine's name; the
/// temporary directory lives as long as the returned guard.
pub async fn open_store() -> anyhow::Result<(Store, &'static str, tempfile::TempDir)> {
    let directory = tempfile::tempdir()?;
    let (url, engine) = match std::env::var("STRADA_BENCH_POSTGRES_URL") {
        Ok(url) => (DatabaseUrl::parse(&url)?, "PostgreSQL"),
        Err(_) => (
            DatabaseUrl::parse(&format!("sqlite://{}/bench.db", directory.path().display()))?,
            "SQLite",
        ),
    };
    let keyring = CaseKeyring::open(
        &directory.path().join("case-keys"),
        BlindIndexKey::from_bytes([9; 32]),
    )?;
    let store = Store::open(&url)
        .await?
        .with_master_key(MasterKey::from_bytes([7; 32]))
        .with_case_keyring(keyring);
    store.load_demo_network().await?;
    store.load_demo_accounts().await?;
    Ok((store, engine, directory))
}

/// Where a benchmark writes its results: `bench/{name}-results-{engine}.md`.
pub fn write_results(name: &str, engine: &str, report: &str) -> std::io::Result<()> {
    let results = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "../../bench/{name}-results-{}.md",
        engine.to_lowercase()
    ));
    std::fs::write(results, report)
}
