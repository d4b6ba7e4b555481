extension JobScaffold {
    /// The body `openings new job` writes: guidance for the author, never meant to be
    /// published. `check` finds its lines left untouched (`PlaceholderText`).
    static let placeholderBody = """
        One or two paragraphs that tell candidates what the team does, why this role
        exists now, and what a good first year looks like in it. Write to the reader as
        “you”, and keep it plain and specific.

        ## What you'll do

        - The main piece of work you will own, and who you will do it with.
        - A second responsibility, described by its outcome.
        - A third responsibility: how you will help the team and the people it serves.

        ## What you'll bring

        - The experience the work truly needs, as skills rather than years or degrees.
        - A second requirement that a good candidate must meet on day one.
        - Keep this list short: people who meet most of it should feel welcome to apply.

        ## How success is measured

        What you will have done after three months, after six months and after a year,
        and how you and your manager will know. Concrete outcomes help candidates picture
        the job and help everyone agree on what good looks like.

        ## About us

        A short description of the company, how the team works, and what it offers:
        flexibility, learning and support. Say that you welcome applicants of every
        background, and how to ask for accommodations during the process.
        """
}
