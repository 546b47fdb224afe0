//! The Cranelift tier (docs/JIT.md).
//!
//! A baseline compiler: one Python code object becomes one native function
//! that runs the frame the interpreter would have run (`interp::tier`
//! defines the interface and the runtime functions the code calls).  Each
//! bytecode instruction is translated in order; the value stack becomes
//! Cranelift variables, locals stay in the frame's slots, and small-int
//! arithmetic, comparisons, identity tests and branches are inline.
//! Everything else calls a runtime function; when one raises, the code
//! hands the frame back to the interpreter (`translate`).
//!
//! A code object is compiled only if every instruction reachable from its
//! entry (exception handlers are reached only by the interpreter) is one the
//! translator handles; otherwise it stays interpreted.
use std::sync::Mutex;

use cranelift_codegen::ir::{AbiParam, UserFuncName, types::I64};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, isa};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};

use interp::objects::code::Code;
use interp::tier::{CompiledEntry, Compiler};

mod translate;

/// The compiler: one JIT module (code memory) shared by all threads, made
/// at the first compile (a program that compiles nothing does not pay its
/// memory); one thread compiles at a time.
pub struct Jit {
    inner: Mutex<Option<Inner>>,
    log: bool,
}

struct Inner {
    module: JITModule,
    ctx: Context,
    fctx: FunctionBuilderContext,
    count: u32,
}

/// Installs the compiled tier in the interpreter: code objects called
/// `threshold` times are compiled.  `TAIPAN_JIT_LOG=1` reports each
/// compiled or declined code object on stderr.
pub fn install(threshold: u32) -> Result<(), String> {
    // Fail here rather than at the first compile if the host is unsupported.
    cranelift_native::builder().map_err(|e| e.to_string())?;
    let jit = Jit {
        inner: Mutex::new(None),
        log: std::env::var_os("TAIPAN_JIT_LOG").is_some_and(|v| v == "1"),
    };
    interp::tier::install(Box::new(jit), threshold);
    Ok(())
}

impl Inner {
    fn new() -> Result<Inner, String> {
        let mut flags = settings::builder();
        for (k, v) in [
            ("opt_level", "speed"),
            ("preserve_frame_pointers", "true"),
            ("is_pic", "false"),
        ] {
            flags.set(k, v).map_err(|e| e.to_string())?;
        }
        let isa_builder = cranelift_native::builder().map_err(|e| e.to_string())?;
        let isa: isa::OwnedTargetIsa = isa_builder
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(Inner {
            module,
            ctx,
            fctx: FunctionBuilderContext::new(),
            count: 0,
        })
    }
}

impl Compiler for Jit {
    fn compile(&self, code: &'static Code) -> Option<CompiledEntry> {
        // A poisoned lock means a compile panicked: compile nothing more.
        let mut inner = self.inner.lock().ok()?;
        if inner.is_none() {
            *inner = Some(Inner::new().ok()?);
        }
        let r = inner.as_mut()?.compile(code);
        if self.log {
            let name = interp::objects::str::as_str(code.qualname).unwrap_or("?");
            match &r {
                Ok(_) => eprintln!("jit: compiled {name}"),
                Err(why) => eprintln!("jit: declined {name}: {why}"),
            }
        }
        r.ok()
    }
}

impl Inner {
    fn compile(&mut self, code: &'static Code) -> Result<CompiledEntry, String> {
        let Inner {
            module,
            ctx,
            fctx,
            count,
        } = self;
        module.clear_context(ctx);
        let ptr = module.target_config().pointer_type();
        debug_assert_eq!(ptr, I64);
        for _ in 0..4 {
            ctx.func.signature.params.push(AbiParam::new(ptr));
        }
        ctx.func.signature.returns.push(AbiParam::new(I64));
        *count += 1;
        ctx.func.name = UserFuncName::user(0, *count);
        let cc = module.isa().default_call_conv();
        let fcfg = module.isa().frontend_config();
        translate::translate(code, &mut ctx.func, fctx, cc, fcfg)?;
        let id = module
            .declare_function(
                &format!("py{count}"),
                Linkage::Local,
                &ctx.func.signature.clone(),
            )
            .map_err(|e| e.to_string())?;
        module
            .define_function(id, ctx)
            .map_err(|e| format!("{e:?}"))?;
        module.clear_context(ctx);
        module.finalize_definitions().map_err(|e| e.to_string())?;
        let p = module.get_finalized_function(id);
        // SAFETY: the function was built with `CompiledEntry`'s signature
        // (four pointer-sized parameters, one i64 result, the platform's
        // default calling convention) and its code is finalized
        // (executable, caches synchronized); the module is never freed
        // (it lives in the installed compiler).
        Ok(unsafe { std::mem::transmute::<*const u8, CompiledEntry>(p) })
    }
}
