//! The case keyring: each case's own data key, sealed under the master key and bound to the
//! case's id, in a file of its own (`<case id>.key`, mode 0600) in a directory beside the
//! master key, never in the database. A database backup thus holds only ciphertext whose key
//! is elsewhere, and erasing a case is deleting its key file: from then on no copy of the
//! database, however old, opens for that case (`docs/decisions/0009-case-keys-and-erasure.md`).
//!
//! The keyring also remembers which cases were erased (`erased/<case id>`, an empty file: an
//! id names nobody), so that a database restored from a backup older than an erasure loses
//! that case's rows again at start.
//!
//! Invariants: a key file, once written, is never replaced (it is linked into place, which
//! fails when a twin writer was first, and the twin's key is used); every change of the
//! directory is made durable (fsync of the file, then of the directory) before it is
//! acknowledged; an erasure is remembered before the key is deleted.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use strada_domain::ids::CaseId;

use crate::StoreError;
use crate::accounts::random_bytes;
use crate::crypto::{self, BlindIndexKey, KEY_BYTES, MasterKey};

/// A case's data key, as it seals the case's identity.
pub(crate) type DataKey = [u8; KEY_BYTES];

/// The directory of case keys, and the blind index's key that goes with them.
#[derive(Debug)]
pub struct CaseKeyring {
    directory: PathBuf,
    blind_index: BlindIndexKey,
}

impl CaseKeyring {
    /// The keyring in `directory`, created (mode 0700) when missing.
    pub fn open(directory: &Path, blind_index: BlindIndexKey) -> std::io::Result<Self> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(directory)?;
        Ok(Self {
            directory: directory.to_owned(),
            blind_index,
        })
    }

    pub fn directory(&self) -> &Path {
        &self.directory
    }

    pub(crate) fn blind_index(&self) -> &BlindIndexKey {
        &self.blind_index
    }

    fn key_file(&self, case: CaseId) -> PathBuf {
        self.directory.join(format!("{case}.key"))
    }

    /// The case's data key; none when its file is gone (the case was erased).
    pub(crate) fn data_key(
        &self,
        master: &MasterKey,
        case: CaseId,
    ) -> Result<Option<DataKey>, StoreError> {
        match std::fs::read(self.key_file(case)) {
            Ok(wrapped) => master
                .unwrap_case_key(case, &wrapped)
                .map(Some)
                .map_err(|_| StoreError::Corrupt(format!("case key {case}"))),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(StoreError::Keyring(error)),
        }
    }

    /// The case's data key, made and written now if it has none; refused for an erased case
    /// (a write that raced its erasure), which must never have a key again.
    pub(crate) fn data_key_or_create(
        &self,
        master: &MasterKey,
        case: CaseId,
    ) -> Result<DataKey, StoreError> {
        if let Some(key) = self.data_key(master, case)? {
            return Ok(key);
        }
        if self.erased_directory().join(case.to_string()).exists() {
            return Err(StoreError::Refused(format!("the case {case} is erased")));
        }
        let key = random_bytes::<KEY_BYTES>();
        let wrapped = master.wrap_case_key(case, &key);
        let temporary = self
            .directory
            .join(format!("{case}.{}.tmp", crypto::hex(&random_bytes::<8>())));
        let written = write_durably(&temporary, &wrapped)
            .and_then(|()| std::fs::hard_link(&temporary, self.key_file(case)));
        let _ = std::fs::remove_file(&temporary);
        match written {
            Ok(()) => {
                self.sync_directory()?;
                Ok(key)
            }
            // A twin request wrote the case's key first: use it.
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => self
                .data_key(master, case)?
                .ok_or_else(|| StoreError::Corrupt(format!("case key {case}"))),
            Err(error) => Err(StoreError::Keyring(error)),
        }
    }

    fn erased_directory(&self) -> PathBuf {
        self.directory.join("erased")
    }

    /// Remembers that the case is erased, durably; nothing when it was remembered already.
    pub(crate) fn remember_erasure(&self, case: CaseId) -> Result<(), StoreError> {
        let directory = self.erased_directory();
        std::fs::create_dir_all(&directory).map_err(StoreError::Keyring)?;
        match write_durably(&directory.join(case.to_string()), b"") {
            Ok(()) => sync_directory(&directory),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(error) => Err(StoreError::Keyring(error)),
        }
    }

    /// The cases the keyring remembers as erased.
    pub(crate) fn erased_cases(&self) -> Result<Vec<CaseId>, StoreError> {
        let entries = match std::fs::read_dir(self.erased_directory()) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(StoreError::Keyring(error)),
        };
        let mut cases = Vec::new();
        for entry in entries {
            let name = entry.map_err(StoreError::Keyring)?.file_name();
            // Anything else in the folder (a temporary file of a backup tool) is not ours.
            if let Some(case) = name.to_str().and_then(|name| name.parse().ok()) {
                cases.push(case);
            }
        }
        Ok(cases)
    }

    /// Deletes the case's key file, durably; answers its fingerprint (SHA-256 of the wrapped
    /// key, in hex), none when it was gone already.
    pub(crate) fn destroy(&self, case: CaseId) -> Result<Option<String>, StoreError> {
        let path = self.key_file(case);
        let wrapped = match std::fs::read(&path) {
            Ok(wrapped) => wrapped,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(StoreError::Keyring(error)),
        };
        std::fs::remove_file(&path).map_err(StoreError::Keyring)?;
        self.sync_directory()?;
        Ok(Some(crypto::hex(&Sha256::digest(&wrapped))))
    }

    fn sync_directory(&self) -> Result<(), StoreError> {
        sync_directory(&self.directory)
    }
}

/// Makes a directory's entries durable.
fn sync_directory(directory: &Path) -> Result<(), StoreError> {
    std::fs::File::open(directory)
        .and_then(|directory| directory.sync_all())
        .map_err(StoreError::Keyring)
}

/// Writes a new file (mode 0600) and makes its contents durable.
fn write_durably(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_key_is_written_once_privately_and_destroyed_for_good() {
        let directory = tempfile::tempdir().unwrap();
        let keyring = CaseKeyring::open(
            &directory.path().join("case-keys"),
            BlindIndexKey::from_bytes([5; 32]),
        )
        .unwrap();
        let master = MasterKey::from_bytes([3; 32]);
        let case = CaseId::new_random();
        assert_eq!(keyring.data_key(&master, case).unwrap(), None);
        let key = keyring.data_key_or_create(&master, case).unwrap();
        assert_eq!(keyring.data_key_or_create(&master, case).unwrap(), key);
        let path = keyring.key_file(case);
        assert!(
            !std::fs::read(&path)
                .unwrap()
                .windows(8)
                .any(|w| w == &key[..8])
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert_eq!(
            std::fs::read_dir(keyring.directory()).unwrap().count(),
            1,
            "no temporary file is left"
        );
        assert!(matches!(
            keyring.data_key(&MasterKey::from_bytes([4; 32]), case),
            Err(StoreError::Corrupt(_))
        ));
        let fingerprint = keyring.destroy(case).unwrap().unwrap();
        assert_eq!(fingerprint.len(), 64);
        assert_eq!(keyring.data_key(&master, case).unwrap(), None);
        assert_eq!(keyring.destroy(case).unwrap(), None);
    }

    #[test]
    fn erasures_are_remembered_once_by_case_id() {
        let directory = tempfile::tempdir().unwrap();
        let keyring =
            CaseKeyring::open(directory.path(), BlindIndexKey::from_bytes([5; 32])).unwrap();
        assert!(keyring.erased_cases().unwrap().is_empty());
        let case = CaseId::new_random();
        keyring.remember_erasure(case).unwrap();
        keyring.remember_erasure(case).unwrap();
        assert!(matches!(
            keyring.data_key_or_create(&MasterKey::from_bytes([3; 32]), case),
            Err(StoreError::Refused(_))
        ));
        std::fs::write(directory.path().join("erased/.partial"), "").unwrap();
        assert_eq!(keyring.erased_cases().unwrap(), [case]);
    }
}
