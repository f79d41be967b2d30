-- Each request is a new checkout: a fresh Idempotency-Key per request and thread.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  body = string.format('{"items":[{"planId":%s,"billingPeriodMonths":1}],"paymentMethod":"BANK_TRANSFER","acceptTerms":true}', os.getenv("BENCH_PLAN"))
end

function request()
  counter = counter + 1
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), thread_id, counter)
  return wrk.format("POST", os.getenv("BENCH_PATH"), headers, body)
end

function response(status, headers, body)
  if status ~= 201 and status ~= 200 then
    errors = (errors or 0) + 1
    if errors < 3 then print("unexpected status " .. status .. ": " .. body) end
  end
end
