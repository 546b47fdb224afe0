//! Random operation sequences on the gc heap against a shadow model
//! (`taipan_fuzz::heap_model`): no reachable object freed, garbage reclaimed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // Collect at every 64th slow-path allocation and poison dead cells,
        // unless the caller chose another setting.
        if std::env::var_os("TAIPAN_GC_STRESS").is_none() {
            // SAFETY: libFuzzer runs `init` once, before any other thread
            // of this process exists (the second mutator starts later).
            unsafe { std::env::set_var("TAIPAN_GC_STRESS", "64") };
        }
        taipan_fuzz::heap_model::heap();
    },
    |data: &[u8]| taipan_fuzz::heap_model::run(data)
);
