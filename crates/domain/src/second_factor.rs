//! Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1, 6 digits, 30-second
//! steps), as authenticator apps compute them, through `totp-rs`. A code is accepted within one
//! step of the current time, and never for a step at or before the last one accepted: each code
//! works once (the library leaves that rule to its caller, and `verify` keeps it).

use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
const DIGITS: u8 = 6;

/// A shared secret of 20 bytes (160 bits, RFC 4226's recommendation).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret([u8; 20]);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(***)")
    }
}

impl TotpSecret {
    pub fn from_bytes(bytes: [u8; 20]) -> Self {
        Self(bytes)
    }

    /// The secret's bytes, for sealing it at rest.
    pub fn as_bytes(&self) -> &[u8; 20] {
        &self.0
    }

    /// The secret as authenticator apps take it: RFC 4648 base32 without padding.
    pub fn to_base32(&self) -> String {
        Secret::new_stack(self.0).to_base32()
    }

    /// The secret from its base32 form (padding allowed); anything but 20 bytes is refused.
    pub fn from_base32(text: &str) -> Option<Self> {
        let secret = Secret::try_from_base32(text.trim_end_matches('=')).ok()?;
        secret.as_bytes().try_into().ok().map(Self)
    }

    /// The generator for this secret with one step's window: `verify` widens it step by step,
    /// so that it can skip the steps already used.
    fn totp(&self) -> Totp {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(DIGITS)
            .with_skew(0)
            .with_step_duration(STEP_SECONDS as u64)
            .with_secret(Secret::new_stack(self.0))
            .build()
            .expect("a 20-byte secret with 6 digits and 30-second steps follows the RFC")
    }

    /// The code for a step since 1970 (`verify` accepts none before it).
    pub fn code_at_step(&self, step: i64) -> String {
        let time = u64::try_from(step * STEP_SECONDS).unwrap_or_default();
        self.totp().generate(time).to_string()
    }

    /// The step a code belongs to, if it is right for a step within one of `unix_time`'s and
    /// later than `last_used_step`. Spaces inside the code are ignored.
    pub fn verify(&self, code: &str, unix_time: i64, last_used_step: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let totp = self.totp();
        let now = unix_time.div_euclid(STEP_SECONDS);
        (now - 1..=now + 1)
            .filter(|step| last_used_step.is_none_or(|last| *step > last))
            .find(|step| {
                u64::try_from(step * STEP_SECONDS)
                    .is_ok_and(|time| totp.check(&code, time).is_some())
            })
    }

    /// The `otpauth://` URI that enrols the secret in an authenticator app.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{issuer_label}:{account_label}?secret={secret}&issuer={issuer_label}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            issuer_label = percent_encode(issuer),
            account_label = percent_encode(account),
            secret = self.to_base32(),
        )
    }
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// Compares without leaking, by its timing, where two values first differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    constant_time_eq::constant_time_eq(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 column, key "12345678901234567890".
    #[test]
    fn matches_the_rfc_test_vectors() {
        let secret = TotpSecret::from_bytes(*b"12345678901234567890");
        for (time, code) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1234567890, "005924"),
            (2000000000, "279037"),
        ] {
            assert_eq!(secret.code_at_step(time / STEP_SECONDS), code, "{time}");
        }
    }

    #[test]
    fn a_code_works_once_and_only_near_its_time() {
        let secret = TotpSecret::from_bytes([7; 20]);
        let now = 1_800_000_000;
        let code = secret.code_at_step(now / STEP_SECONDS);
        let step = secret.verify(&code, now, None).unwrap();
        assert_eq!(secret.verify(&code, now, Some(step)), None, "replayed");
        assert_eq!(secret.verify(&code, now + 300, None), None, "too late");
        assert_eq!(secret.verify("12345", now, None), None);
        assert_eq!(
            secret.verify(&format!("{} {}", &code[..3], &code[3..]), now, None),
            Some(step)
        );
    }

    #[test]
    fn the_window_is_one_step_either_side() {
        let secret = TotpSecret::from_bytes([9; 20]);
        let now = 1_800_000_000;
        let step = now / STEP_SECONDS;
        for offset in [-1, 0, 1] {
            let code = secret.code_at_step(step + offset);
            assert_eq!(secret.verify(&code, now, None), Some(step + offset));
        }
        for offset in [-2, 2] {
            let code = secret.code_at_step(step + offset);
            assert_eq!(secret.verify(&code, now, None), None, "{offset}");
        }
        assert_eq!(secret.verify("abcdef", now, None), None);
        assert_eq!(secret.verify("+12345", now, None), None);
    }

    #[test]
    fn base32_round_trips() {
        let secret = TotpSecret::from_bytes(*b"12345678901234567890");
        assert_eq!(secret.to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            TotpSecret::from_base32(&secret.to_base32()),
            Some(secret.clone())
        );
        assert!(
            secret
                .otpauth_uri("Strada", "ana@lastrada.md")
                .starts_with("otpauth://totp/Strada:ana@lastrada.md?secret=GEZ")
        );
    }
}
