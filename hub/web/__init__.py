"""The web face: pages for people and (in `hub.api`) the JSON API. Views parse arguments, call services
(which apply the user's party), and render; access is checked for every request by `guard`.

Nothing is imported here: the API imports the web's own modules (`guard`, `problems`...), and what this
file imports runs before any of them. The face is put together in `hub.web.install`.
"""
