package app.breakeven.sharing;

/** A new link: the token is shown once, here, and stored only as its hash. */
public record CreatedLink(ShareLinkSummary link, String token) {}
