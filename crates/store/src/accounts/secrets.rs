//! What Strada hands out as a secret (session ids, API tokens, invitation tokens, recovery
//! codes) and the one stored form of each: its SHA-256 digest.

use sha2::{Digest, Sha256};

/// 32 random bytes in hex: session ids, API tokens, invitation tokens.
pub fn random_token() -> String {
    random_bytes::<32>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

/// The stored form of a secret handed out: SHA-256 in hex.
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
