//! The one declaration of a command is its function in `src-tauri/commands/<part>.rs`, marked
//! `#[tauri::command]`. From those functions this module writes the rest: the list that
//! registers them (`src-tauri/commands/list.rs`) and the typed wrapper the window calls each
//! one with (`ui/src/lib/ipc/commands.ts`). The test `commands_are_current` fails when either file
//! drifts from the functions; `UPDATE_BINDINGS=1 cargo test --test integration bindings`
//! rewrites both, with `bindings.ts`.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use syn::{FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};

/// Rust type aliases the window knows under their TypeScript shape.
const ALIASES: &[(&str, &str)] = &[("ColumnMapping", "Record<string, string>")];

/// One command as declared.
pub struct Command {
    pub part: String,
    pub name: String,
    pub doc: Vec<String>,
    /// Each argument the window sends: its Rust name and its type inside `Payload<…>`.
    pub args: Vec<(String, Type)>,
    /// What the command answers (inside `Result<…, Error>` when it can fail), `None` for nothing.
    pub answer: Option<Type>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every command, part by part (parts in alphabetical order), each part in file order.
pub fn declared() -> Vec<Command> {
    let dir = root().join("src-tauri/commands");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let part = file.file_stem().unwrap().to_string_lossy().to_string();
        let parsed = syn::parse_file(&std::fs::read_to_string(&file).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for item in parsed.items {
            let Item::Fn(f) = item else { continue };
            if !f.attrs.iter().any(|a| a.path().segments.last().is_some_and(|s| s.ident == "command")) {
                continue;
            }
            let doc = f
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .filter_map(|a| match &a.meta {
                    syn::Meta::NameValue(nv) => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_string()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let mut args = Vec::new();
            for input in &f.sig.inputs {
                let FnArg::Typed(typed) = input else { continue };
                let Pat::Ident(name) = &*typed.pat else { panic!("{}: an argument of {} is not a plain name", part, f.sig.ident) };
                match outer(&typed.ty) {
                    Some(("Payload", Some(inner))) => args.push((name.ident.to_string(), inner)),
                    Some(("State" | "AppHandle" | "Webview", _)) => {}
                    _ => panic!("{part}::{}: argument `{}` is neither Payload<…> nor injected by Tauri", f.sig.ident, name.ident),
                }
            }
            let answer = match &f.sig.output {
                ReturnType::Default => None,
                ReturnType::Type(_, ty) => match outer(ty) {
                    Some(("Result", Some(inner))) => Some(inner),
                    _ => Some((**ty).clone()),
                },
            };
            out.push(Command { part: part.clone(), name: f.sig.ident.to_string(), doc, args, answer });
        }
    }
    out
}

/// A type's last path segment and its first type argument.
fn outer(ty: &Type) -> Option<(&'static str, Option<Type>)> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let first = match &last.arguments {
        PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
            GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }),
        _ => None,
    };
    let name: &'static str = match last.ident.to_string().as_str() {
        "Payload" => "Payload",
        "State" => "State",
        "AppHandle" => "AppHandle",
        "Webview" => "Webview",
        "Result" => "Result",
        _ => return None,
    };
    Some((name, first))
}

/// A Rust type as TypeScript, noting the names it takes from `bindings.ts`.
fn ts(ty: &Type, names: &mut BTreeSet<String>) -> String {
    match ty {
        Type::Tuple(t) if t.elems.is_empty() => "null".into(),
        Type::Tuple(t) => format!("[{}]", t.elems.iter().map(|e| ts(e, names)).collect::<Vec<_>>().join(", ")),
        Type::Reference(r) => ts(&r.elem, names),
        Type::Path(p) => {
            let last = p.path.segments.last().unwrap();
            let args: Vec<Type> = match &last.arguments {
                PathArguments::AngleBracketed(a) => a
                    .args
                    .iter()
                    .filter_map(|g| match g {
                        GenericArgument::Type(t) => Some(t.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let name = last.ident.to_string();
            match name.as_str() {
                "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" => "number".into(),
                "String" | "str" | "PathBuf" => "string".into(),
                "bool" => "boolean".into(),
                "Option" => format!("{} | null", ts(&args[0], names)),
                "Vec" => {
                    let inner = ts(&args[0], names);
                    if inner.contains(' ') { format!("({inner})[]") } else { format!("{inner}[]") }
                }
                "HashMap" | "BTreeMap" => format!("Record<{}, {}>", ts(&args[0], names), ts(&args[1], names)),
                _ => match ALIASES.iter().find(|(rust, _)| *rust == name) {
                    Some((_, shape)) => shape.to_string(),
                    None => {
                        names.insert(name.clone());
                        name
                    }
                },
            }
        }
        _ => panic!("a command uses a type that has no TypeScript shape here (paths, tuples and references have)"),
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `ui/src/lib/ipc/commands.ts`: one typed wrapper per command.
pub fn typescript(commands: &[Command]) -> String {
    let mut names = BTreeSet::new();
    let mut body = String::new();
    let mut part = "";
    for c in commands {
        if c.part != part {
            part = &c.part;
            let _ = write!(body, "\n// {part} (src-tauri/commands/{part}.rs)\n");
        }
        match c.doc.len() {
            0 => {}
            1 => {
                let _ = writeln!(body, "/** {} */", c.doc[0]);
            }
            _ => {
                body.push_str("/**\n");
                for line in &c.doc {
                    let _ = writeln!(body, " *{}{line}", if line.is_empty() { "" } else { " " });
                }
                body.push_str(" */\n");
            }
        }
        let params: Vec<String> = c.args.iter().map(|(n, t)| format!("{}: {}", camel(n), ts(t, &mut names))).collect();
        let answer = c.answer.as_ref().map_or_else(|| "null".to_string(), |t| ts(t, &mut names));
        let keys: Vec<String> = c.args.iter().map(|(n, _)| camel(n)).collect();
        let call = if keys.is_empty() { format!("call<{answer}>('{}')", c.name) } else { format!("call<{answer}>('{}', {{ {} }})", c.name, keys.join(", ")) };
        let _ = writeln!(body, "export const {} = ({}) =>\n  {call};", camel(&c.name), params.join(", "));
    }
    let mut out = String::from(
        "// Generated from the shell's commands (src-tauri/commands/<part>.rs) by tests/integration/commands_gen.rs.\n// Do not edit: run `UPDATE_BINDINGS=1 cargo test --test integration bindings` after changing a command.\n\n",
    );
    out.push_str("import type {\n");
    for n in &names {
        let _ = writeln!(out, "  {n},");
    }
    out.push_str("} from './bindings';\nimport { call } from './call';\n");
    out.push_str(&body);
    out
}

/// `src-tauri/commands/list.rs`: the registration of every command, by part.
pub fn rust_list(commands: &[Command]) -> String {
    let mut out = String::from(
        "// Generated from the shell's commands (src-tauri/commands/<part>.rs) by tests/integration/commands_gen.rs.\n// Do not edit: run `UPDATE_BINDINGS=1 cargo test --test integration bindings` after adding, renaming or removing a command.\n\ncommands! {\n",
    );
    let mut part = "";
    for c in commands {
        if c.part != part {
            if !part.is_empty() {
                out.push_str("    ],\n");
            }
            part = &c.part;
            let _ = writeln!(out, "    {part}: [");
        }
        let _ = writeln!(out, "        {},", c.name);
    }
    out.push_str("    ],\n}\n");
    out
}

/// Writes (with `UPDATE_BINDINGS`) or compares a generated file.
pub fn current(relative: &str, fresh: &str) -> Option<String> {
    let path = root().join(relative);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, fresh).unwrap_or_else(|e| panic!("write {relative}: {e}"));
        return None;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default().replace("\r\n", "\n");
    (committed != fresh).then(|| relative.to_string())
}
