//! Envelope encryption of personal fields: each record gets its own random data key; the
//! field is sealed with XChaCha20-Poly1305 under that key, and the key is sealed under the
//! master key. Both seals are bound to the record's id (associated data), so a ciphertext
//! copied onto another record does not open. Destroying a record's wrapped key erases the
//! field everywhere it was copied, backups included.

use std::path::{Path, PathBuf};

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use strada_domain::ids::CaseId;
use uuid::Uuid;

use crate::accounts::random_bytes;

const NONCE_BYTES: usize = 24;
pub(crate) const KEY_BYTES: usize = 32;

/// The key that wraps every data key, read from a file (hex) that only Strada's user can read.
#[derive(Clone)]
pub struct MasterKey([u8; KEY_BYTES]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(***)")
    }
}

/// Why a key file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    #[error("cannot read the key file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot create the key file {path}: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the key file {0} does not hold a key: it must hold 64 hexadecimal characters")]
    Malformed(PathBuf),
}

/// A field sealed for storage: the wrapped data key and the ciphertext, each with its nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub wrapped_key: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// A seal that does not open: the data was changed, moved to another record or sealed under
/// another master key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an encrypted field does not open with this master key")]
pub struct Unopenable;

impl MasterKey {
    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        Self(bytes)
    }

    /// Reads the key file, or creates it (mode 0600) with a new key when it does not exist;
    /// answers the key and whether it was created.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), KeyFileError> {
        load_or_create_key(path).map(|(bytes, created)| (Self(bytes), created))
    }

    /// A keyed digest (HMAC-SHA256, in hex) of `message` for one `purpose`: under a key derived
    /// from the master key for that purpose alone, so a digest made for one use proves nothing
    /// in another, and every instance sharing the master key makes the same digest.
    pub fn keyed_digest(&self, purpose: &str, message: &[u8]) -> String {
        let derived = hmac_sha256(&self.0, purpose.as_bytes());
        hex(&hmac_sha256(&derived, message))
    }

    /// Seals `plaintext` for the record `record`.
    pub fn seal(&self, record: Uuid, plaintext: &[u8]) -> Sealed {
        let data_key = random_bytes::<KEY_BYTES>();
        Sealed {
            wrapped_key: encrypt(&self.0, &key_context(record), &data_key),
            ciphertext: encrypt(&data_key, record.as_bytes(), plaintext),
        }
    }

    /// A case's data key sealed under this key, bound to the case (the case keyring's file).
    pub(crate) fn wrap_case_key(&self, case: CaseId, data_key: &[u8; KEY_BYTES]) -> Vec<u8> {
        encrypt(&self.0, &case_key_context(case), data_key)
    }

    /// Opens what `wrap_case_key` sealed for the same case.
    pub(crate) fn unwrap_case_key(
        &self,
        case: CaseId,
        wrapped: &[u8],
    ) -> Result<[u8; KEY_BYTES], Unopenable> {
        decrypt(&self.0, &case_key_context(case), wrapped)?
            .try_into()
            .map_err(|_| Unopenable)
    }

    /// Opens what `seal` sealed for the same record.
    pub fn open(&self, record: Uuid, sealed: &Sealed) -> Result<Vec<u8>, Unopenable> {
        let data_key = decrypt(&self.0, &key_context(record), &sealed.wrapped_key)?;
        let data_key: [u8; KEY_BYTES] = data_key.try_into().map_err(|_| Unopenable)?;
        decrypt(&data_key, record.as_bytes(), &sealed.ciphertext)
    }
}

/// The key of the blind index that finds a case's person again (`blind-index.key` beside the
/// master key): a file of its own, so that the digests it makes prove nothing to whoever
/// holds only the master key, and the master key's loss or rotation leaves them as they are.
#[derive(Clone)]
pub struct BlindIndexKey([u8; KEY_BYTES]);

impl std::fmt::Debug for BlindIndexKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BlindIndexKey(***)")
    }
}

impl BlindIndexKey {
    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        Self(bytes)
    }

    /// Reads the key file, or creates it as `MasterKey::load_or_create` does.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), KeyFileError> {
        load_or_create_key(path).map(|(bytes, created)| (Self(bytes), created))
    }

    /// HMAC-SHA256 of `message`, in hex.
    pub fn digest(&self, message: &[u8]) -> String {
        hex(&hmac_sha256(&self.0, message))
    }
}

/// Reads a key file of 64 hex characters, or creates one (mode 0600) with a new random key.
fn load_or_create_key(path: &Path) -> Result<([u8; KEY_BYTES], bool), KeyFileError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((
            parse_hex_key(text.trim()).ok_or_else(|| KeyFileError::Malformed(path.to_owned()))?,
            false,
        )),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let key = random_bytes::<KEY_BYTES>();
            write_private(path, &hex(&key)).map_err(|source| KeyFileError::Create {
                path: path.to_owned(),
                source,
            })?;
            Ok((key, true))
        }
        Err(source) => Err(KeyFileError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

fn parse_hex_key(hex: &str) -> Option<[u8; KEY_BYTES]> {
    if hex.len() != KEY_BYTES * 2 || !hex.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; KEY_BYTES];
    for (index, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[index * 2..index * 2 + 2], 16).ok()?;
    }
    Some(bytes)
}

/// Lowercase hex, as key files and digests are written.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as hmac::KeyInit>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

fn key_context(record: Uuid) -> Vec<u8> {
    let mut context = b"strada data key ".to_vec();
    context.extend_from_slice(record.as_bytes());
    context
}

fn case_key_context(case: CaseId) -> Vec<u8> {
    let mut context = b"strada case key ".to_vec();
    context.extend_from_slice(case.as_uuid().as_bytes());
    context
}

pub(crate) fn encrypt(key: &[u8; KEY_BYTES], associated: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).expect("a 32-byte key");
    let nonce = random_bytes::<NONCE_BYTES>();
    let mut sealed = nonce.to_vec();
    sealed.extend(
        cipher
            .encrypt(
                &nonce.into(),
                Payload {
                    msg: plaintext,
                    aad: associated,
                },
            )
            .expect("encryption of a bounded field cannot fail"),
    );
    sealed
}

pub(crate) fn decrypt(
    key: &[u8; KEY_BYTES],
    associated: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, Unopenable> {
    if sealed.len() < NONCE_BYTES {
        return Err(Unopenable);
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| Unopenable)?;
    let cipher = XChaCha20Poly1305::new_from_slice(key).expect("a 32-byte key");
    cipher
        .decrypt(
            &nonce.into(),
            Payload {
                msg: ciphertext,
                aad: associated,
            },
        )
        .map_err(|_| Unopenable)
}

/// Creates an empty file only its owner can read and write; an existing one (of an older
/// installation, or copied in by hand) is made so, with its `-wal` and `-shm` companions.
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mut companions = vec![path.to_path_buf()];
                for suffix in ["-wal", "-shm"] {
                    let mut name = path.as_os_str().to_owned();
                    name.push(suffix);
                    companions.push(name.into());
                }
                for file in companions.iter().filter(|file| file.exists()) {
                    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))?;
                }
            }
            Ok(())
        }
        Err(error) => Err(error),
    }
}

/// Writes a file only its owner can read.
pub(crate) fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_fields_open_only_for_their_record_and_key() {
        let key = MasterKey::from_bytes([3; 32]);
        let record = Uuid::now_v7();
        let sealed = key.seal(record, b"she was promised a job in a hotel");
        assert!(!sealed.ciphertext.windows(5).any(|w| w == b"hotel"));
        assert_eq!(
            key.open(record, &sealed).unwrap(),
            b"she was promised a job in a hotel"
        );
        assert_eq!(
            key.open(Uuid::now_v7(), &sealed),
            Err(Unopenable),
            "bound to its record"
        );
        assert_eq!(
            MasterKey::from_bytes([4; 32]).open(record, &sealed),
            Err(Unopenable)
        );
        let mut tampered = sealed.clone();
        *tampered.ciphertext.last_mut().unwrap() ^= 1;
        assert_eq!(key.open(record, &tampered), Err(Unopenable));
    }

    #[test]
    fn keyed_digests_depend_on_the_purpose_the_message_and_the_key() {
        let key = MasterKey::from_bytes([3; 32]);
        let digest = key.keyed_digest("form", b"nonce");
        assert_eq!(digest.len(), 64);
        assert_eq!(digest, key.keyed_digest("form", b"nonce"));
        assert_ne!(digest, key.keyed_digest("other", b"nonce"));
        assert_ne!(digest, key.keyed_digest("form", b"nonce2"));
        assert_ne!(
            digest,
            MasterKey::from_bytes([4; 32]).keyed_digest("form", b"nonce")
        );
    }

    #[test]
    fn the_key_file_is_created_private_and_read_back() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("keys/master.key");
        let (created, was_created) = MasterKey::load_or_create(&path).unwrap();
        assert!(was_created);
        let (read, was_created) = MasterKey::load_or_create(&path).unwrap();
        assert!(!was_created);
        assert_eq!(created.0, read.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        std::fs::write(directory.path().join("bad.key"), "not a key").unwrap();
        assert!(matches!(
            MasterKey::load_or_create(&directory.path().join("bad.key")),
            Err(KeyFileError::Malformed(_))
        ));
    }
}
