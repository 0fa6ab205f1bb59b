//! Keeping unlocked words out of crash files (an edge: it changes the process).

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
    unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) == 0 }
}

#[cfg(not(unix))]
pub fn disable_core_dumps() -> bool {
    false
}

/// `disable_core_dumps` the first time a partner's words are unlocked in
/// this process (the event loop calls this after every update).
pub fn when_unlocked(unlocked: bool) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static DONE: AtomicBool = AtomicBool::new(false);
    if unlocked && !DONE.swap(true, Ordering::Relaxed) {
        disable_core_dumps();
    }
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
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut now) }, 0);
        assert_eq!((now.rlim_cur, now.rlim_max), (0, 0));
    }
}
