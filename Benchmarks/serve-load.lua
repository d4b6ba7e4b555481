-- wrk script for Benchmarks/serve.py: a job page, the index and the stylesheet in turn.
local paths = { os.getenv("OPENINGS_JOB_PATH") or "/", "/", "/assets/style.css" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
