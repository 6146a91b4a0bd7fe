package dev.bindery.contract;

/** What a rule looks at (buf's categories as policy lenses over one catalog). */
public enum RuleCategory {
    ENTRYPOINT, MEMBER, PARAM, RETURN, CALLER
}
