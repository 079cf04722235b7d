-- The refund bound, enforced by the database as well as by lib/money/refunds.ts: for one order,
-- refunds that are pending or succeeded never add up to more than was paid (card plus store
-- credit), and card refunds never to more than the card paid. The order's row is locked first, so
-- concurrent refunds of one order are checked one after the other.
CREATE OR REPLACE FUNCTION refund_within_paid() RETURNS trigger AS $$
DECLARE
  paid_card integer;
  paid_credit integer;
  paid_at timestamp;
  all_refunds bigint;
  card_refunds bigint;
BEGIN
  IF NEW.status NOT IN ('pending', 'succeeded') THEN
    RETURN NEW;
  END IF;
  SELECT "totalMinor", "creditAppliedMinor", "paidAt" INTO paid_card, paid_credit, paid_at
    FROM "Order" WHERE id = NEW."orderId" FOR UPDATE;
  IF paid_at IS NULL THEN
    RAISE EXCEPTION 'refund_bound: order % was never paid', NEW."orderId" USING ERRCODE = 'check_violation';
  END IF;
  SELECT COALESCE(sum("amountMinor"), 0), COALESCE(sum("amountMinor") FILTER (WHERE method = 'card'), 0)
    INTO all_refunds, card_refunds
    FROM "Refund"
    WHERE "orderId" = NEW."orderId" AND status IN ('pending', 'succeeded') AND id <> NEW.id;
  all_refunds := all_refunds + NEW."amountMinor";
  IF NEW.method = 'card' THEN
    card_refunds := card_refunds + NEW."amountMinor";
  END IF;
  IF NEW."amountMinor" <= 0 OR all_refunds > paid_card + paid_credit OR card_refunds > paid_card THEN
    RAISE EXCEPTION 'refund_bound: refunds of order % would exceed what was paid', NEW."orderId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Refund_within_paid"
  BEFORE INSERT OR UPDATE OF "amountMinor", status, method ON "Refund"
  FOR EACH ROW EXECUTE FUNCTION refund_within_paid();
