//! Every limit on attempts (sign-ins per account and per address, anonymous help requests and
//! status checks per address) is one `RateLimit` counted here, in the database, so that several
//! instances share it and no number of concurrent requests passes it: counting and checking
//! are one atomic statement on both engines.
//!
//! What is stored can tie nobody to a request: the subject (a network address, what was typed
//! as an e-mail) is kept only as an HMAC digest under a key of the day, and the only time kept
//! is the end of the fixed window the attempt fell in, never the attempt's own. The day's key
//! is derived from the master key and a secret of the day kept in the database (instances
//! share it), so a copy of the database alone cannot test a guess; the day's secret is deleted
//! with the day's counts, after which nobody can, master key or not. Windows divide a day, so a window never
//! straddles two keys.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use sqlx::Row;
use time::{Duration, OffsetDateTime};

use crate::accounts::random_token;
use crate::{Store, StoreError};

const SECONDS_PER_DAY: i64 = 86_400;

/// A limit of `max` attempts per subject in each fixed `window`.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    /// A stable name, distinct per limit (`sign-in-account`).
    pub name: &'static str,
    pub max: u32,
    /// Divides a day: 1, 5, 15, 30 minutes, an hour, a day.
    pub window: Duration,
}

impl RateLimit {
    fn window_seconds(&self) -> i64 {
        let seconds = self.window.whole_seconds();
        assert!(
            seconds > 0 && SECONDS_PER_DAY % seconds == 0,
            "the window of {} must divide a day",
            self.name
        );
        seconds
    }

    /// The end of the window `now` falls in, in Unix seconds, and the day of its key.
    fn current_window(&self, now: OffsetDateTime) -> (i64, i64) {
        let seconds = self.window_seconds();
        let start = now.unix_timestamp().div_euclid(seconds) * seconds;
        (start + seconds, start.div_euclid(SECONDS_PER_DAY))
    }
}

impl Store {
    /// Counts one attempt of `subject` in the current window of `limit`, atomically: `false`
    /// when `max` were counted already, and then nothing is counted.
    pub async fn take_attempt(&self, limit: &RateLimit, subject: &str) -> Result<bool, StoreError> {
        let (window_ends_at, day) = limit.current_window(OffsetDateTime::now_utc());
        let subject_digest = self.subject_digest(limit, subject, day).await?;
        let counted = sqlx::query(
            "INSERT INTO rate_limit_counts (name, subject_digest, window_ends_at, attempts) \
             VALUES ($1, $2, $3, 1) \
             ON CONFLICT (name, subject_digest, window_ends_at) \
             DO UPDATE SET attempts = rate_limit_counts.attempts + 1 \
             WHERE rate_limit_counts.attempts < $4 \
             RETURNING attempts",
        )
        .bind(limit.name)
        .bind(subject_digest)
        .bind(window_ends_at)
        .bind(i64::from(limit.max))
        .fetch_optional(self.pool())
        .await?;
        Ok(counted.is_some())
    }

    /// Gives one attempt back (a sign-in that succeeded is no attempt against the limit).
    pub async fn give_back_attempt(
        &self,
        limit: &RateLimit,
        subject: &str,
    ) -> Result<(), StoreError> {
        let (window_ends_at, day) = limit.current_window(OffsetDateTime::now_utc());
        let subject_digest = self.subject_digest(limit, subject, day).await?;
        sqlx::query(
            "UPDATE rate_limit_counts SET attempts = attempts - 1 \
             WHERE name = $1 AND subject_digest = $2 AND window_ends_at = $3 AND attempts > 0",
        )
        .bind(limit.name)
        .bind(subject_digest)
        .bind(window_ends_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Deletes the counts of windows that have ended and the keys of days that have passed.
    /// Answers how many counts were deleted.
    pub async fn purge_rate_limits(&self) -> Result<u64, StoreError> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let counts = sqlx::query("DELETE FROM rate_limit_counts WHERE window_ends_at <= $1")
            .bind(now)
            .execute(self.pool())
            .await?;
        sqlx::query("DELETE FROM rate_limit_keys WHERE day < $1")
            .bind(now.div_euclid(SECONDS_PER_DAY))
            .execute(self.pool())
            .await?;
        Ok(counts.rows_affected())
    }

    /// The keyed digest of a subject under the key of `day`, made on first use.
    async fn subject_digest(
        &self,
        limit: &RateLimit,
        subject: &str,
        day: i64,
    ) -> Result<String, StoreError> {
        let key = self.day_key(day).await?;
        let mut mac =
            Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes a key of any length");
        mac.update(limit.name.as_bytes());
        mac.update(&[0]);
        mac.update(subject.as_bytes());
        Ok(mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect())
    }

    /// The key of `day`'s digests: read once per day and process, made by the first instance
    /// that needs it (a day's key never changes until it is deleted after the day).
    async fn day_key(&self, day: i64) -> Result<String, StoreError> {
        let cached = self
            .rate_limit_key
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        if let Some((cached_day, key)) = cached
            && cached_day == day
        {
            return Ok(key);
        }
        sqlx::query(
            "INSERT INTO rate_limit_keys (day, secret) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING",
        )
        .bind(day)
        .bind(random_token())
        .execute(self.pool())
        .await?;
        let secret: String = sqlx::query("SELECT secret FROM rate_limit_keys WHERE day = $1")
            .bind(day)
            .fetch_one(self.pool())
            .await?
            .try_get("secret")?;
        // The stored secret alone is not the key: with a master key it is bound to it, so a
        // copy of the database taken during the day cannot test addresses against the
        // digests. (A store without a master key, as in some commands, uses the secret alone.)
        let key = match self.master_key() {
            Ok(master) => master.keyed_digest("rate-limit-day", secret.as_bytes()),
            Err(_) => secret,
        };
        *self
            .rate_limit_key
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((day, key.clone()));
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_end_on_their_grid_and_keys_follow_the_window_start() {
        let limit = RateLimit {
            name: "test",
            max: 1,
            window: Duration::minutes(15),
        };
        let now = OffsetDateTime::from_unix_timestamp(SECONDS_PER_DAY * 3 + 899).unwrap();
        assert_eq!(limit.current_window(now), (SECONDS_PER_DAY * 3 + 900, 3));
        let last = OffsetDateTime::from_unix_timestamp(SECONDS_PER_DAY * 4 - 1).unwrap();
        assert_eq!(limit.current_window(last), (SECONDS_PER_DAY * 4, 3));
    }

    #[test]
    #[should_panic(expected = "must divide a day")]
    fn a_window_that_does_not_divide_a_day_is_refused() {
        RateLimit {
            name: "odd",
            max: 1,
            window: Duration::minutes(7),
        }
        .window_seconds();
    }
}
