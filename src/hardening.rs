//! Settings of the process itself (an edge: it changes the process):
//! keeping words and passphrases out of crash files and out of reach of
//! other programs, and small memory pages for the workbook, which stays
//! open for hours.

/// The first thing `main` does, before a passphrase or a word can be in
/// memory, for the app, `walk` and every command alike: the process is
/// made non-dumpable (other programs of the same user cannot read its
/// memory through `/proc/PID/mem` or attach a debugger) and core dumps are
/// off, then small memory pages ([`small_pages`]). Each is best effort:
/// trustmend carries on where the system refuses (docs/privacy.md says so).
pub fn at_start() {
    not_dumpable();
    disable_core_dumps();
    small_pages();
}

/// `prctl(PR_SET_DUMPABLE, 0)`: no core file, no `ptrace` and no reading
/// of `/proc/PID/mem` by other processes of the same user (root still
/// can). Returns whether it worked.
pub fn not_dumpable() -> bool {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_DUMPABLE takes plain integers and touches no memory
    // of ours.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0) == 0
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// Turn off core dumps for this process, so that a crash while a protected
/// partner's entries are unlocked does not write them to disk. Returns
/// whether it worked; trustmend carries on either way (and says so in the
/// docs), since refusing to open would help no one.
#[cfg(unix)]
pub fn disable_core_dumps() -> bool {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit only reads the struct we pass, which lives across the call.
    unsafe { libc::setrlimit(libc::RLIMIT_CORE, &raw const none) == 0 }
}

#[cfg(not(unix))]
pub fn disable_core_dumps() -> bool {
    false
}

/// Asks Linux not to back this process's memory with 2 MB "huge" pages
/// (`main` does this first thing). Where they are on by default, every heap
/// and thread of a process gets whole 2 MB pages of which it uses little:
/// the workbook with a journal of 10,000 entries then takes 54 MB instead
/// of 36 MB, and a small export 16 MB instead of 7 (measured; see
/// docs/performance.md). Best effort: where the call does not exist,
/// nothing changes.
pub fn small_pages() {
    set_huge_pages(false);
}

/// Lets this process have huge pages again, where the system gives them:
/// for a short command reading a large journal, which they make quicker,
/// and which exits right after.
pub fn huge_pages() {
    set_huge_pages(true);
}

fn set_huge_pages(allowed: bool) {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory
    // of ours.
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            libc::c_ulong::from(!allowed),
            0,
            0,
            0,
        );
    }
    #[cfg(not(target_os = "linux"))]
    let _ = allowed;
}

#[cfg(all(test, unix))]
mod tests {
    #[test]
    fn after_the_call_the_core_size_limit_is_zero() {
        assert!(super::disable_core_dumps());
        let mut now = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes into the struct we own.
        assert_eq!(
            unsafe { libc::getrlimit(libc::RLIMIT_CORE, &raw mut now) },
            0
        );
        assert_eq!((now.rlim_cur, now.rlim_max), (0, 0));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn after_the_start_the_process_is_not_dumpable() {
        super::at_start();
        // SAFETY: PR_GET_DUMPABLE takes no memory of ours.
        let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(
            dumpable, 0,
            "other programs could read this process's memory"
        );
        let mut now = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes into the struct we own.
        assert_eq!(
            unsafe { libc::getrlimit(libc::RLIMIT_CORE, &raw mut now) },
            0
        );
        assert_eq!(now.rlim_cur, 0);
    }
}
