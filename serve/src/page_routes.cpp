// The search page: three static files compiled into the program (serve/page/).

#include <string_view>

#include <httplib.h>

#include "routes.hpp"

namespace practice::detail {
extern const std::string_view embedded_page_index_html;
extern const std::string_view embedded_page_app_js;
extern const std::string_view embedded_page_style_css;
}  // namespace practice::detail

namespace practice::serve {
namespace {

// The page loads nothing from elsewhere and runs no inline script.
constexpr const char* content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'self'";

void serve_asset(httplib::Server& http, const char* path, std::string_view body, const char* type) {
  http.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy", content_security_policy);
    res.set_header("Cache-Control", "no-cache");
    res.set_content(body.data(), body.size(), type);
  });
}

}  // namespace

void add_page_routes(httplib::Server& http) {
  serve_asset(http, "/", detail::embedded_page_index_html, "text/html; charset=utf-8");
  serve_asset(http, "/index.html", detail::embedded_page_index_html, "text/html; charset=utf-8");
  serve_asset(http, "/app.js", detail::embedded_page_app_js, "text/javascript; charset=utf-8");
  serve_asset(http, "/style.css", detail::embedded_page_style_css, "text/css; charset=utf-8");
}

}  // namespace practice::serve
