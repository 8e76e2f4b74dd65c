// The one header the Markdown bridge imports: cmark-gfm's core API and its GFM extensions.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
