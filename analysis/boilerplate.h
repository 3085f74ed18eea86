/* boilerplate.h — marks what follows or surrounds the article in scraped text. */
#ifndef CHRONIK_BOILERPLATE_H
#define CHRONIK_BOILERPLATE_H

#include "models/document.h"
#include "models/error.h"

/* Sets doc->body_start/body_end and doc->boiler[] from the segmented document, and flags the
 * sentences that fall in boilerplate. Returns 0 or CK_E_NOMEM. */
int boilerplate_mark(document *doc, ck_error *err);

#endif
