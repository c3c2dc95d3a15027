//! The `ipc:` protocol the page's `invoke` sends its requests through, registered by the app in
//! place of Tauri's own so that a request Tauri could not even read (a body that is not JSON,
//! nested deeper than the parser goes, a string with a lone surrogate) is answered like every
//! other error: `{"code": "bad_request", "message": ...}`, not a plain string.
//!
//! What it does is what Tauri's handler does (tauri 2.12, `ipc/protocol.rs`): read the command
//! from the path and the callback ids and invoke key from the headers, parse the body, hand the
//! request to the webview's command dispatch, and write the answer with the `Tauri-Response`
//! header the page's script reads. The app uses no isolation pattern, so no body is encrypted.

use std::borrow::Cow;

use http::header::{ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, CONTENT_TYPE};
use http::{HeaderValue, Method, Request, Response, StatusCode};
use mobility_desk_core::platform::said::{Said, Wording};
use mobility_desk_core::{said, Error, ErrorCode};
use tauri::ipc::{CallbackFn, InvokeBody, InvokeResponse, InvokeResponseBody};
use tauri::webview::InvokeRequest;
use tauri::{Runtime, Webview};

const RESPONSE_HEADER: &str = "Tauri-Response";

pub type Body = Cow<'static, [u8]>;

fn answer(status: StatusCode, ok: bool, mime: &str, body: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::Owned(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_str(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")));
    headers.insert(RESPONSE_HEADER, HeaderValue::from_static(if ok { "ok" } else { "error" }));
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static(RESPONSE_HEADER));
    response
}

/// A typed error as the page receives every other one.
pub fn bad_request(message: impl Wording) -> Response<Body> {
    let err = Error::new(ErrorCode::BadRequest, message);
    answer(StatusCode::OK, false, "application/json", serde_json::to_vec(&err).unwrap_or_default())
}

fn header<'a>(request: &'a Request<Vec<u8>>, name: &str) -> Result<&'a str, Said> {
    request
        .headers()
        .get(name)
        .ok_or_else(|| said!("said-shell-request-no-header", header = name))?
        .to_str()
        .map_err(|_| said!("said-shell-request-header-not-text", header = name))
}

/// Read an IPC request as Tauri does, with every failure a message for `bad_request`.
pub fn parse(request: Request<Vec<u8>>) -> Result<InvokeRequest, Said> {
    let path = request.uri().path();
    let cmd = percent_encoding::percent_decode_str(path.strip_prefix('/').unwrap_or(path)).decode_utf8_lossy().to_string();
    let invoke_key = header(&request, "Tauri-Invoke-Key")?.to_owned();
    let url = header(&request, "Origin")?.parse().map_err(|_| said!("said-shell-request-origin-bad"))?;
    let id = |name: &str| -> Result<CallbackFn, Said> {
        header(&request, name)?.parse().map(CallbackFn).map_err(|_| said!("said-shell-request-header-not-number", header = name))
    };
    let (callback, error) = (id("Tauri-Callback")?, id("Tauri-Error")?);
    let mime = request.headers().get(CONTENT_TYPE).and_then(|h| h.to_str().ok()).unwrap_or("application/octet-stream");
    let essence = mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let (parts, body) = request.into_parts();
    let body = match essence.as_str() {
        "application/octet-stream" => InvokeBody::Raw(body),
        "application/json" if body.is_empty() => InvokeBody::Json(serde_json::Value::Object(Default::default())),
        "application/json" => InvokeBody::Json(
            serde_json::from_slice(&body).map_err(|e| said!("said-shell-request-not-json", command = &cmd, error = e.to_string().replace(" at line 1", " at")))?,
        ),
        other => return Err(said!("said-shell-request-content-type", command = &cmd, content_type = other)),
    };
    Ok(InvokeRequest { cmd, callback, error, url, body, headers: parts.headers, invoke_key })
}

/// Answer one request of the `ipc:` protocol: run the command in `webview`, or answer why the
/// request could not be read.
pub fn handle<R: Runtime>(webview: Option<Webview<R>>, request: Request<Vec<u8>>, respond: impl FnOnce(Response<Body>) + Send + 'static) {
    match *request.method() {
        Method::POST => {
            let Some(webview) = webview else {
                return respond(bad_request(said!("said-shell-request-window-closed")));
            };
            match parse(request) {
                Ok(invoke) => {
                    // The start-up trace names each request the first screen waited for.
                    let (asked, command) = (std::time::Instant::now(), invoke.cmd.clone());
                    webview.on_message(
                    invoke,
                    Box::new(move |_webview, _cmd, response, _callback, _error| {
                        crate::trace_request(&command, asked);
                        respond(match response {
                            InvokeResponse::Ok(InvokeResponseBody::Json(json)) => answer(StatusCode::OK, true, "application/json", json.into_bytes()),
                            InvokeResponse::Ok(InvokeResponseBody::Raw(bytes)) => answer(StatusCode::OK, true, "application/octet-stream", bytes),
                            InvokeResponse::Err(e) => answer(StatusCode::OK, false, "application/json", serde_json::to_vec(&e.0).unwrap_or_default()),
                        })
                    }),
                    )
                }
                Err(message) => respond(bad_request(message)),
            }
        }
        Method::OPTIONS => {
            let mut response = answer(StatusCode::OK, true, "text/plain", Vec::new());
            response.headers_mut().insert(ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("*"));
            respond(response)
        }
        _ => respond(answer(StatusCode::METHOD_NOT_ALLOWED, false, "text/plain", b"Only POST and OPTIONS are allowed.".to_vec())),
    }
}
