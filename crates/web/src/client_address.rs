//! The address a request is counted under by the rate limits: the TCP peer's, or, when the
//! peer is one of the configured trusted proxies, the client address that proxy appended to
//! `X-Forwarded-For` (the rightmost entry that is not itself a trusted proxy: entries to its
//! left were written by the client and prove nothing). Behind a proxy without this setting,
//! every visitor would share the proxy's address, and one person's attempts would use up
//! everyone's.
//!
//! An IPv6 client is counted by its /64 network: one subscriber is given a whole /64, so
//! counting single addresses would let one person walk around a limit.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use strada_store::StoreError;
use strada_store::rate_limits::RateLimit;
use time::Duration;

use crate::AppState;

/// Who a request is counted as, for limits only; never stored in clear nor logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(IpAddr);

impl ClientAddress {
    /// The address as a rate limit's subject: IPv4 whole, IPv6 its /64.
    pub fn subject(self) -> String {
        match self.0 {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let [a, b, c, d, ..] = v6.segments();
                    format!("{}/64", Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
                }
            },
        }
    }

    /// Takes one attempt of `limit` for this address, the one per-address limiter: false when
    /// the address has used up the window's attempts.
    pub async fn take_attempt(
        self,
        state: &AppState,
        limit: &RateLimit,
    ) -> Result<bool, StoreError> {
        state.store().take_attempt(limit, &self.subject()).await
    }

    fn resolve(peer: IpAddr, forwarded: Option<&str>, trusted: &[IpAddr]) -> Self {
        if !trusted.contains(&peer) {
            return Self(peer);
        }
        let client = forwarded
            .into_iter()
            .flat_map(|header| header.rsplit(','))
            .map_while(|entry| entry.trim().parse::<IpAddr>().ok())
            .find(|address| !trusted.contains(address));
        Self(client.unwrap_or(peer))
    }
}

/// A limit on the attempts of one `ClientAddress`, whatever it attempts.
pub const fn per_address(name: &'static str, max: u32, window: Duration) -> RateLimit {
    RateLimit { name, max, window }
}

/// A refusal past `limit`, with `Retry-After`: the window's length, the longest the caller
/// may have to wait (the store keeps no time of an attempt that would say more).
pub fn with_retry_after(mut response: Response, limit: &RateLimit) -> Response {
    if let Ok(value) = HeaderValue::from_str(&limit.window.whole_seconds().to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([0, 0, 0, 0]), |ConnectInfo(peer)| peer.ip());
        // Several headers are one list, in order.
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        let forwarded = (!forwarded.is_empty()).then(|| forwarded.join(","));
        Ok(Self::resolve(
            peer,
            forwarded.as_deref(),
            &state.settings().trusted_proxies,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client_and_its_own_entry_counts() {
        let proxy = [ip("10.0.0.2")];
        let resolve = |peer: &str, header: Option<&str>| {
            ClientAddress::resolve(ip(peer), header, &proxy).subject()
        };
        assert_eq!(resolve("203.0.113.9", Some("198.51.100.1")), "203.0.113.9");
        assert_eq!(resolve("10.0.0.2", Some("198.51.100.1")), "198.51.100.1");
        assert_eq!(
            resolve("10.0.0.2", Some("6.6.6.6, 198.51.100.1")),
            "198.51.100.1",
            "what the client wrote to the left proves nothing"
        );
        assert_eq!(resolve("10.0.0.2", Some("junk")), "10.0.0.2");
        assert_eq!(resolve("10.0.0.2", None), "10.0.0.2");
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_network() {
        let subject = |text: &str| ClientAddress(ip(text)).subject();
        assert_eq!(subject("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(subject("2001:db8:1:2:bbbb::9"), "2001:db8:1:2::/64");
        assert_eq!(subject("::ffff:192.0.2.1"), "192.0.2.1");
    }
}
