//! Static assets, embedded in the binary and served under names that carry a hash of their
//! content, so browsers may keep them for a year and still never see a stale one.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};

/// One embedded file and the name it is served under.
pub struct Asset {
    pub href: String,
    content_type: &'static str,
    body: &'static [u8],
}

fn asset(stem: &str, extension: &str, content_type: &'static str, body: &'static [u8]) -> Asset {
    let digest = Sha256::digest(body);
    let hash: String = digest[..5]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    Asset {
        href: format!("/static/{stem}.{hash}.{extension}"),
        content_type,
        body,
    }
}

pub static STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "site",
        "css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/site.css"),
    )
});

pub static SCRIPT: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "site",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/site.js"),
    )
});

/// The site's icon: an SVG, which every current browser takes as a favicon.
pub static FAVICON: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "favicon",
        "svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    )
});

pub static STAFF_SCRIPT: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "staff",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/staff.js"),
    )
});

/// `GET /favicon.ico`: browsers and tools ask for it whatever the page says; they are sent
/// on to the icon itself.
pub async fn redirect_to_favicon() -> Redirect {
    Redirect::permanent(&FAVICON.href)
}

/// `GET /static/{name}`: an asset by its hashed name; any other name is not found.
pub async fn serve_asset(Path(name): Path<String>) -> Response {
    let requested = format!("/static/{name}");
    let Some(asset) = [&*STYLESHEET, &*SCRIPT, &*STAFF_SCRIPT, &*FAVICON]
        .into_iter()
        .find(|asset| asset.href == requested)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        asset.body,
    )
        .into_response()
}
