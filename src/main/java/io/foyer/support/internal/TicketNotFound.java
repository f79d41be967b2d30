package io.foyer.support.internal;

import io.foyer.shared.web.NotFoundException;

/** No such ticket (or not of this account). */
class TicketNotFound extends NotFoundException {}
