//! Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1, 6 digits, 30-second
//! steps), as authenticator apps compute them. A code is accepted within one step of the
//! current time, and never for a step at or before the last one accepted: each code works once.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;

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
        const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        let mut text = String::new();
        let mut buffer: u32 = 0;
        let mut bits = 0;
        for byte in self.0 {
            buffer = (buffer << 8) | u32::from(byte);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                text.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
            }
        }
        if bits > 0 {
            text.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
        }
        text
    }

    pub fn from_base32(text: &str) -> Option<Self> {
        let mut bytes = Vec::with_capacity(20);
        let mut buffer: u32 = 0;
        let mut bits = 0;
        for character in text.trim_end_matches('=').bytes() {
            let value = match character {
                b'A'..=b'Z' => character - b'A',
                b'2'..=b'7' => character - b'2' + 26,
                _ => return None,
            };
            buffer = (buffer << 5) | u32::from(value);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes.push((buffer >> bits) as u8);
            }
        }
        bytes.try_into().ok().map(Self)
    }

    /// The code for a step.
    pub fn code_at_step(&self, step: i64) -> String {
        let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(&self.0).expect("HMAC takes any key");
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[19] & 0x0f);
        let binary = (u32::from(digest[offset]) & 0x7f) << 24
            | u32::from(digest[offset + 1]) << 16
            | u32::from(digest[offset + 2]) << 8
            | u32::from(digest[offset + 3]);
        format!("{:06}", binary % 10u32.pow(DIGITS))
    }

    /// The step a code belongs to, if it is right for a step within one of `unix_time`'s and
    /// later than `last_used_step`.
    pub fn verify(&self, code: &str, unix_time: i64, last_used_step: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = unix_time.div_euclid(STEP_SECONDS);
        (now - 1..=now + 1)
            .filter(|step| last_used_step.is_none_or(|last| *step > last))
            .find(|step| constant_time_eq(self.code_at_step(*step).as_bytes(), code.as_bytes()))
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
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
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
