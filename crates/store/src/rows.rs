//! The one way to read a row, and to write the values that need a stored form: typed ids,
//! codes and other parsed values (a value that does not parse is `StoreError::Corrupt` naming
//! its column), flags, lists, and times.
//!
//! Times are stored as RFC 3339 text in UTC with nine fractional digits
//! (`2026-12-01T10:00:00.000000000Z`): fixed width, so that text order is time order and the
//! database compares them as text. Rows written before this form was the only one hold RFC 3339
//! with fewer (or no) fractional digits; `time()` reads both, as one RFC 3339 parser does, and
//! nothing else reads or writes a stored time. `minute_text` writes the times kept to the
//! minute only, in the same RFC 3339 without a fraction.

use std::str::FromStr;

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::pagination::{Page, PageRequest};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

use crate::crypto::Sealed;
use crate::{Store, StoreError};

/// The error of a column whose stored value Strada cannot read.
pub(crate) fn corrupt(column: &str) -> StoreError {
    StoreError::Corrupt(column.to_owned())
}

impl Store {
    /// A value sealed for `record` in the pair of columns `key_column` (the wrapped data key)
    /// and `ciphertext_column`, opened with the master key; None when nothing was sealed. A
    /// pair the key cannot open is `Corrupt`.
    pub(crate) fn open_sealed(
        &self,
        row: &AnyRow,
        record: uuid::Uuid,
        (key_column, ciphertext_column): (&str, &str),
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let wrapped_key: Option<Vec<u8>> = row.try_get(key_column)?;
        let ciphertext: Option<Vec<u8>> = row.try_get(ciphertext_column)?;
        let (Some(wrapped_key), Some(ciphertext)) = (wrapped_key, ciphertext) else {
            return Ok(None);
        };
        let sealed = Sealed {
            wrapped_key,
            ciphertext,
        };
        self.master_key()?
            .open(record, &sealed)
            .map(Some)
            .map_err(|error| StoreError::Corrupt(error.to_string()))
    }
}

/// A listing: `SELECT {columns} FROM {from} WHERE {conditions} ORDER BY {order}`, the
/// conditions' values bound from `$1`.
pub(crate) struct Listing<'a> {
    pub(crate) columns: &'a str,
    pub(crate) from: &'a str,
    pub(crate) conditions: &'a str,
    pub(crate) order: &'a str,
    pub(crate) bounds: &'a [String],
}

impl Store {
    /// A page of a listing, with the count of every row its conditions hold read beside it;
    /// each row is read by `read`.
    pub(crate) async fn page_of<T>(
        &self,
        listing: Listing<'_>,
        page: PageRequest,
        read: impl Fn(&AnyRow) -> Result<T, StoreError>,
    ) -> Result<Page<T>, StoreError> {
        let Listing {
            columns,
            from,
            conditions,
            order,
            bounds,
        } = listing;
        let mut count = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM {from} WHERE {conditions}"
        )));
        for bound in bounds {
            count = count.bind(bound.clone());
        }
        let limit = bounds.len() + 1;
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {columns} FROM {from} WHERE {conditions} ORDER BY {order} \
             LIMIT ${limit} OFFSET ${}",
            limit + 1
        )));
        for bound in bounds {
            query = query.bind(bound.clone());
        }
        let query = query
            .bind(i64::from(page.size()))
            .bind(i64::from(page.size()) * i64::from(page.number() - 1));
        // The count and the page are independent reads: run them side by side.
        let (counted, rows) =
            tokio::try_join!(count.fetch_one(self.pool()), query.fetch_all(self.pool()))?;
        let total: i64 = counted.try_get(0)?;
        Ok(Page {
            items: rows.iter().map(read).collect::<Result<_, _>>()?,
            total: u64::try_from(total).map_err(|_| corrupt("COUNT(*)"))?,
            page: page.number(),
            per_page: page.size(),
        })
    }
}

/// A text column.
pub(crate) fn text(row: &AnyRow, column: &str) -> Result<String, StoreError> {
    Ok(row.try_get::<String, _>(column)?)
}

/// A text column read into a value by `parse` (a code enum's, a typed value's).
pub(crate) fn parsed<T, E>(
    row: &AnyRow,
    column: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, StoreError> {
    parse(&text(row, column)?).map_err(|_| corrupt(column))
}

/// A nullable text column read into a value by `parse`.
pub(crate) fn optional_parsed<T, E>(
    row: &AnyRow,
    column: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, StoreError> {
    row.try_get::<Option<String>, _>(column)?
        .map(|text| parse(&text).map_err(|_| corrupt(column)))
        .transpose()
}

/// A typed id (`UserId`, `OrganisationId`, ...).
pub(crate) fn id<T: FromStr>(row: &AnyRow, column: &str) -> Result<T, StoreError> {
    parsed(row, column, str::parse)
}

/// A nullable typed id.
pub(crate) fn optional_id<T: FromStr>(row: &AnyRow, column: &str) -> Result<Option<T>, StoreError> {
    optional_parsed(row, column, str::parse)
}

/// A space-separated list of values, each read by `parse`.
pub(crate) fn list<T, E>(
    row: &AnyRow,
    column: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<Vec<T>, StoreError> {
    text(row, column)?
        .split_whitespace()
        .map(|item| parse(item).map_err(|_| corrupt(column)))
        .collect()
}

/// The stored form of a list: its items' text, space-separated.
pub(crate) fn list_text<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bound form of an organisation scope, for `($n = '' OR organisation_id = $n)`: empty
/// for the whole network.
pub(crate) fn scope_text(scope: OrganisationScope) -> String {
    scope
        .organisation()
        .map(|organisation| organisation.to_string())
        .unwrap_or_default()
}

/// A 0-or-1 column as a flag (the Any driver has no boolean common to both databases).
pub(crate) fn flag(row: &AnyRow, column: &str) -> Result<bool, StoreError> {
    Ok(row.try_get::<i32, _>(column)? != 0)
}

/// A time column (see the module's header for the forms it reads).
pub(crate) fn time(row: &AnyRow, column: &str) -> Result<OffsetDateTime, StoreError> {
    parsed(row, column, |text| OffsetDateTime::parse(text, &Rfc3339))
}

/// A date column (`2026-12-01`).
pub(crate) fn date(row: &AnyRow, column: &str) -> Result<Date, StoreError> {
    parsed(row, column, parse_date)
}

pub(crate) fn parse_date(text: &str) -> Result<Date, time::error::Parse> {
    Date::parse(text, &time::format_description::well_known::Iso8601::DATE)
}

/// The stored form of a time: RFC 3339 in UTC with nine fractional digits.
pub(crate) fn time_text(time: OffsetDateTime) -> String {
    let utc = time.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second(),
        utc.nanosecond()
    )
}

/// The stored form of a time kept to the minute only (what an anonymous person writes, dated
/// no more precisely than that): RFC 3339 without a fraction, `2026-12-01T10:00:00Z`. Such
/// texts sort among themselves as their times do; against `time_text` they compare as the
/// end of their first second, an error of under a second that no rule of theirs can see.
pub(crate) fn minute_text(time: OffsetDateTime) -> String {
    let utc = time.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:00Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute()
    )
}

/// The stored form of the current time.
pub(crate) fn now_text() -> String {
    time_text(OffsetDateTime::now_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_sort_as_text_in_time_order_and_read_back() {
        let whole = OffsetDateTime::from_unix_timestamp(1_764_600_000).unwrap();
        let later = whole + time::Duration::milliseconds(500);
        assert!(time_text(whole) < time_text(later));
        assert_eq!(minute_text(later), "2025-12-01T14:40:00Z");
        assert_eq!(time_text(whole), "2025-12-01T14:40:00.000000000Z");
        for stored in [time_text(later), "2025-12-01T14:40:00.5Z".to_owned()] {
            assert_eq!(OffsetDateTime::parse(&stored, &Rfc3339).unwrap(), later);
        }
    }
}
